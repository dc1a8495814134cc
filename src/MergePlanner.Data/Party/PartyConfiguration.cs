using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Party;

internal sealed class PartyOrganisationConfiguration : IEntityTypeConfiguration<PartyOrganisation>
{
    public void Configure(EntityTypeBuilder<PartyOrganisation> builder)
    {
        builder.HasIndex(o => new { o.MergerId, o.Code }).IsUnique();
        builder.Property(o => o.Code).HasMaxLength(48);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.Property(o => o.FateNote).HasMaxLength(500);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Successor).WithMany().HasForeignKey(o => o.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Origin).WithMany().HasForeignKey(o => o.OriginId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PartyCongressConfiguration : IEntityTypeConfiguration<PartyCongress>
{
    public void Configure(EntityTypeBuilder<PartyCongress> builder)
    {
        builder.HasIndex(c => new { c.MergerId, c.OrganisationId }).IsUnique();
        builder.Property(c => c.Documents).HasMaxLength(2000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Organisation).WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Candidates).WithOne(c => c.Congress).HasForeignKey(c => c.CongressId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommitteeCandidateConfiguration : IEntityTypeConfiguration<CommitteeCandidate>
{
    public void Configure(EntityTypeBuilder<CommitteeCandidate> builder)
    {
        builder.HasIndex(c => new { c.MergerId, c.CongressId, c.OfficerId }).IsUnique();
        builder.HasOne(c => c.Officer).WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel.Posts;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.HasIndex(p => new { p.MergerId, p.UnitId, p.Position, p.Ordinal }).IsUnique();

        // An officer holds one post at most (unique among the non-null holders on both providers).
        builder.HasIndex(p => p.HolderId).IsUnique();
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Holder).WithMany().HasForeignKey(p => p.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.HasIndex(n => new { n.MergerId, n.PostId });
        builder.HasOne(n => n.Post).WithMany().HasForeignKey(n => n.PostId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Officer).WithMany().HasForeignKey(n => n.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.ProposedBy).HasMaxLength(256);
        builder.Property(n => n.DecidedBy).HasMaxLength(256);
        builder.Property(n => n.Note).HasMaxLength(1024);
        builder.Property(n => n.ReturnReason).HasMaxLength(1024);
        builder.Property(n => n.DecisionNumber).HasMaxLength(64);
        builder.Property(n => n.Version).IsConcurrencyToken();
    }
}

internal sealed class AppointmentListLockConfiguration : IEntityTypeConfiguration<AppointmentListLock>
{
    public void Configure(EntityTypeBuilder<AppointmentListLock> builder)
    {
        builder.Property(l => l.Tier).HasMaxLength(64);
        builder.Property(l => l.LockedBy).HasMaxLength(256);
        builder.HasIndex(l => new { l.MergerId, l.Tier }).IsUnique();
    }
}

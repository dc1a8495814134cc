using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.Property(o => o.OfficerNumber).HasMaxLength(32);
        builder.HasIndex(o => new { o.MergerId, o.OfficerNumber }).IsUnique();

        // Covers the one grouped read of what each unit holds (UnitHoldings: the dashboard, the structure, the balance)
        // without touching the wide officer rows: 73,000 officers in 15 ms instead of 80.
        builder.HasIndex(o => new { o.MergerId, o.UnitId, o.OriginId, o.Position, o.PlacedUnitId, o.PlacedPosition });
        builder.Property(o => o.FullName).HasMaxLength(128);
        builder.Property(o => o.SearchText).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.PlacedUnit).WithMany().HasForeignKey(o => o.PlacedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Origin).WithMany().HasForeignKey(o => o.OriginId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.HomeLocality).HasMaxLength(256);
        builder.Property(o => o.CommuteKm).HasPrecision(9, 1);
        builder.HasMany(o => o.Disciplines).WithOne(d => d.Officer).HasForeignKey(d => d.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Ratings).WithOne(r => r.Officer).HasForeignKey(r => r.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Votes).WithOne(v => v.Officer).HasForeignKey(v => v.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DisciplineRecordConfiguration : IEntityTypeConfiguration<DisciplineRecord>
{
    public void Configure(EntityTypeBuilder<DisciplineRecord> builder)
    {
        builder.Property(d => d.DecisionNumber).HasMaxLength(64);
        builder.Property(d => d.Note).HasMaxLength(512);
        builder.Property(d => d.AnnulledReason).HasMaxLength(512);
        builder.HasIndex(d => new { d.MergerId, d.OfficerId });
    }
}

internal sealed class AnnualRatingConfiguration : IEntityTypeConfiguration<AnnualRating>
{
    public void Configure(EntityTypeBuilder<AnnualRating> builder) => builder.HasIndex(r => new { r.MergerId, r.OfficerId, r.Year }).IsUnique();
}

internal sealed class ConfidenceVoteConfiguration : IEntityTypeConfiguration<ConfidenceVote>
{
    public void Configure(EntityTypeBuilder<ConfidenceVote> builder)
    {
        builder.Ignore(v => v.LowShare);
        builder.HasIndex(v => new { v.MergerId, v.OfficerId });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel.Placement;

internal sealed class PlacementRecordConfiguration : IEntityTypeConfiguration<PlacementRecord>
{
    public void Configure(EntityTypeBuilder<PlacementRecord> builder)
    {
        builder.HasIndex(p => new { p.MergerId, p.OfficerId });
        builder.HasIndex(p => new { p.MergerId, p.AtUtc });
        builder.HasOne(p => p.Officer).WithMany().HasForeignKey(p => p.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.FromUnit).WithMany().HasForeignKey(p => p.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ToUnit).WithMany().HasForeignKey(p => p.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Reason).HasMaxLength(1024);
        builder.Property(p => p.CapsOverridden).HasMaxLength(2048);
        builder.Property(p => p.OverrideReason).HasMaxLength(1024);
        builder.Property(p => p.UserName).HasMaxLength(256);
    }
}

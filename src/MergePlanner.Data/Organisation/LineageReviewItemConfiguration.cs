using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class LineageReviewItemConfiguration : IEntityTypeConfiguration<LineageReviewItem>
{
    public void Configure(EntityTypeBuilder<LineageReviewItem> builder)
    {
        builder.Property(r => r.SourceText).HasMaxLength(512);
        builder.Property(r => r.Detail).HasMaxLength(1024);
        builder.Property(r => r.ResolvedBy).HasMaxLength(256);
        builder.HasOne(r => r.Merger).WithMany().HasForeignKey(r => r.MergerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.TargetUnit).WithMany().HasForeignKey(r => r.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.MergerId, r.Resolved });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Campaigns;

internal sealed class LineEvidenceConfiguration : IEntityTypeConfiguration<LineEvidence>
{
    public void Configure(EntityTypeBuilder<LineEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(256);
        builder.Property(e => e.ContentType).HasMaxLength(128);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
    }
}

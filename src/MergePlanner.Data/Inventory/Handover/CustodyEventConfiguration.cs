using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Handover;

internal sealed class CustodyEventConfiguration : IEntityTypeConfiguration<CustodyEvent>
{
    public void Configure(EntityTypeBuilder<CustodyEvent> builder)
    {
        builder.Property(e => e.UserName).HasMaxLength(256);
        builder.Property(e => e.Quantity).HasPrecision(18, 3);
        builder.Property(e => e.Reason).HasMaxLength(1024);
        builder.HasIndex(e => e.AssetId);
        builder.HasIndex(e => e.CaseFileId);
    }
}

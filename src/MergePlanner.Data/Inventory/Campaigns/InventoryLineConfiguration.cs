using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Campaigns;

internal sealed class InventoryLineConfiguration : IEntityTypeConfiguration<InventoryLine>
{
    public void Configure(EntityTypeBuilder<InventoryLine> builder)
    {
        builder.Property(l => l.BookQuantity).HasPrecision(18, 3);
        builder.Property(l => l.CountedQuantity).HasPrecision(18, 3);
        builder.Property(l => l.Note).HasMaxLength(1024);
        builder.Property(l => l.CountedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Asset).WithMany().HasForeignKey(l => l.AssetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.CaseFile).WithMany().HasForeignKey(l => l.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Evidence).WithOne(e => e.Line).HasForeignKey(e => e.LineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.CampaignId, l.AssetId }).IsUnique().HasFilter("\"AssetId\" IS NOT NULL");
        builder.HasIndex(l => new { l.CampaignId, l.CaseFileId }).IsUnique().HasFilter("\"CaseFileId\" IS NOT NULL");
        builder.ToTable(t => t.HasCheckConstraint("CK_InventoryLines_OneItem", "(\"AssetId\" IS NULL AND \"CaseFileId\" IS NOT NULL) OR (\"AssetId\" IS NOT NULL AND \"CaseFileId\" IS NULL)"));
    }
}

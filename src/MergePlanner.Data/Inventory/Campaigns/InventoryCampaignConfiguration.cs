using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Campaigns;

internal sealed class InventoryCampaignConfiguration : IEntityTypeConfiguration<InventoryCampaign>
{
    public void Configure(EntityTypeBuilder<InventoryCampaign> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(256);
        builder.Property(c => c.ClosedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Merger).WithMany().HasForeignKey(c => c.MergerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Unit).WithMany().HasForeignKey(c => c.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Lines).WithOne(l => l.Campaign).HasForeignKey(l => l.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.MergerId, c.UnitId });
    }
}

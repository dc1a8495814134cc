using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(256);
        builder.Property(a => a.UnitOfMeasure).HasMaxLength(32);
        builder.Property(a => a.Quantity).HasPrecision(18, 3);
        builder.Property(a => a.SearchText).HasMaxLength(512);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Category });
    }
}

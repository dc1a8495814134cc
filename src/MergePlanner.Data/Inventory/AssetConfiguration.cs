using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.Property(a => a.Code).HasMaxLength(64);
        builder.HasIndex(a => new { a.MergerId, a.Code }).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(256);
        builder.Property(a => a.UnitOfMeasure).HasMaxLength(32);
        builder.Property(a => a.Quantity).HasPrecision(18, 3);
        builder.Property(a => a.SearchText).HasMaxLength(512);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.UnitId, a.Category });

        // Covers the ledger's "every item as if untouched" pass (LedgerStandingSql.Figures): a merger's items are added
        // up by unit, category and unit of measure from the index alone, without reading the wide rows (2,000,000 items in the national
        // overview: 1.5 s from the table, 0.3 s from this index; measured in docs/performance.md).
        builder.HasIndex(a => new { a.MergerId, a.UnitId, a.Category, a.UnitOfMeasure, a.Quantity });

        // Covers UnitHoldings' grouped read of how many assets each unit holds and their remaining value.
        builder.HasIndex(a => new { a.MergerId, a.UnitId, a.RemainingValue });
        foreach (var text in new[] { nameof(Asset.Serial), nameof(Asset.Model), nameof(Asset.Calibre), nameof(Asset.PermitNumber), nameof(Asset.Lot), nameof(Asset.Plate),
                     nameof(Asset.ChassisNumber), nameof(Asset.EngineNumber), nameof(Asset.Condition), nameof(Asset.Parcel), nameof(Asset.Certificate), nameof(Asset.LegalStatus) })
        {
            builder.Property(text).HasMaxLength(128);
        }

        builder.Property(a => a.Custodian).HasMaxLength(128);
        builder.Property(a => a.Location).HasMaxLength(256);
        builder.Property(a => a.Decision).HasMaxLength(256);
        builder.Property(a => a.Area).HasPrecision(18, 2);
        builder.Property(a => a.ProgressPercent).HasPrecision(5, 2);
    }
}

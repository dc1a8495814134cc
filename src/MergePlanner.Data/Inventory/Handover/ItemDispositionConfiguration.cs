using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Handover;

internal sealed class ItemDispositionConfiguration : IEntityTypeConfiguration<ItemDisposition>
{
    public void Configure(EntityTypeBuilder<ItemDisposition> builder)
    {
        builder.Property(d => d.Quantity).HasPrecision(18, 3);
        builder.Property(d => d.Agency).HasMaxLength(256);
        builder.Property(d => d.IncidentReference).HasMaxLength(256);
        builder.Property(d => d.Note).HasMaxLength(1024);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne(d => d.Asset).WithMany().HasForeignKey(d => d.AssetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.CaseFile).WithMany().HasForeignKey(d => d.CaseFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.TargetUnit).WithMany().HasForeignKey(d => d.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.AssetId);
        builder.HasIndex(d => d.CaseFileId);
        builder.ToTable(t => t.HasCheckConstraint("CK_ItemDispositions_OneItem", "(\"AssetId\" IS NULL AND \"CaseFileId\" IS NOT NULL) OR (\"AssetId\" IS NOT NULL AND \"CaseFileId\" IS NULL)"));
    }
}

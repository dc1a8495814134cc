using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class UnitLineageConfiguration : IEntityTypeConfiguration<UnitLineage>
{
    public void Configure(EntityTypeBuilder<UnitLineage> builder)
    {
        builder.HasOne(l => l.FromUnit).WithMany().HasForeignKey(l => l.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.ToUnit).WithMany().HasForeignKey(l => l.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.SharePercent).HasPrecision(5, 2);
        builder.Property(l => l.DecisionReference).HasMaxLength(256);
        builder.Property(l => l.Note).HasMaxLength(512);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasIndex(l => new { l.FromUnitId, l.ToUnitId, l.Kind }).IsUnique();
        builder.HasIndex(l => l.ToUnitId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.Property(o => o.OfficerNumber).HasMaxLength(32);
        builder.HasIndex(o => new { o.MergerId, o.OfficerNumber }).IsUnique();
        builder.Property(o => o.FullName).HasMaxLength(128);
        builder.Property(o => o.SearchText).HasMaxLength(256);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.PlacedUnit).WithMany().HasForeignKey(o => o.PlacedUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Origin).WithMany().HasForeignKey(o => o.OriginId).OnDelete(DeleteBehavior.Restrict);
    }
}

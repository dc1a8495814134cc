using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.HasIndex(u => new { u.MergerId, u.Code }).IsUnique();
        builder.Property(u => u.Name).HasMaxLength(256);
        builder.Property(u => u.ShortName).HasMaxLength(64);
        builder.Property(u => u.SearchText).HasMaxLength(512);
        builder.Property(u => u.Version).IsConcurrencyToken();
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Origin).WithMany().HasForeignKey(u => u.OriginId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.OriginId, u.Type });
    }
}

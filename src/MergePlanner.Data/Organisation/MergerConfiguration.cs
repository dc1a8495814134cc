using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class MergerConfiguration : IEntityTypeConfiguration<Merger>
{
    public void Configure(EntityTypeBuilder<Merger> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(256);
        builder.Property(m => m.DecisionReference).HasMaxLength(256);
        builder.Property(m => m.ProvinceCode).HasMaxLength(8);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasOne(m => m.TargetUnit).WithMany().HasForeignKey(m => m.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Sources).WithOne(s => s.Merger).HasForeignKey(s => s.MergerId);
    }
}

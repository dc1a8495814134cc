using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Planning;

internal sealed class MergerTaskConfiguration : IEntityTypeConfiguration<MergerTask>
{
    public void Configure(EntityTypeBuilder<MergerTask> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.HasIndex(t => new { t.MergerId, t.Code }).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(512);
        builder.Property(t => t.SearchText).HasMaxLength(640);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Merger).WithMany().HasForeignKey(t => t.MergerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ResponsibleUnit).WithMany().HasForeignKey(t => t.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

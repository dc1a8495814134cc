using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Handover;

internal sealed class HandoverLineConfiguration : IEntityTypeConfiguration<HandoverLine>
{
    public void Configure(EntityTypeBuilder<HandoverLine> builder)
    {
        builder.Property(l => l.Quantity).HasPrecision(18, 3);
        builder.Property(l => l.Remark).HasMaxLength(1024);
        builder.Property(l => l.ConfirmedBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.HasOne(l => l.Disposition).WithMany().HasForeignKey(l => l.DispositionId).OnDelete(DeleteBehavior.Restrict);

        // A transfer goes into one handover only: two minutes drawn up at the same moment cannot both take it.
        builder.HasIndex(l => l.DispositionId).IsUnique();
    }
}

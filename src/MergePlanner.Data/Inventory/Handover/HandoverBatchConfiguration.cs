using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory.Handover;

internal sealed class HandoverBatchConfiguration : IEntityTypeConfiguration<HandoverBatch>
{
    public void Configure(EntityTypeBuilder<HandoverBatch> builder)
    {
        builder.Property(b => b.Number).HasMaxLength(64);
        builder.HasIndex(b => new { b.MergerId, b.Number }).IsUnique();
        builder.Property(b => b.HandedOverBy).HasMaxLength(256);
        builder.Property(b => b.HandedOverByTitle).HasMaxLength(256);
        builder.Property(b => b.ReceivedByTitle).HasMaxLength(256);
        builder.Property(b => b.WitnessTitle).HasMaxLength(256);
        builder.Property(b => b.ReceivedBy).HasMaxLength(256);
        builder.Property(b => b.WitnessName).HasMaxLength(256);
        builder.Property(b => b.WitnessUnit).HasMaxLength(256);
        builder.Property(b => b.SignedScanName).HasMaxLength(256);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.HasOne(b => b.FromUnit).WithMany().HasForeignKey(b => b.FromUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.ToUnit).WithMany().HasForeignKey(b => b.ToUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Lines).WithOne(l => l.Batch).HasForeignKey(l => l.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

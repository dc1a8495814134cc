using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Inventory;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.Register).HasMaxLength(16);
        builder.Property(r => r.FileName).HasMaxLength(256);
        builder.Property(r => r.Node).HasMaxLength(128);
        builder.Property(r => r.Format).HasMaxLength(8);
        builder.Property(r => r.Stage).HasMaxLength(64);
        builder.HasIndex(r => new { r.UserName, r.StartedAtUtc });
        builder.HasIndex(r => r.State);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Cases;

internal sealed class CaseFileConfiguration : IEntityTypeConfiguration<CaseFile>
{
    public void Configure(EntityTypeBuilder<CaseFile> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(64);
        builder.HasIndex(c => new { c.MergerId, c.Number }).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(512);
        builder.Property(c => c.SearchText).HasMaxLength(640);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.OwningUnit).WithMany().HasForeignKey(c => c.OwningUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.OwningUnitId, c.Kind });

        // Covers UnitHoldings' grouped read of the files each unit owns, by kind and status.
        builder.HasIndex(c => new { c.MergerId, c.OwningUnitId, c.Kind, c.Status });
        builder.Property(c => c.Retention).HasMaxLength(64);
        builder.Property(c => c.DecisionNumber).HasMaxLength(128);
        builder.Property(c => c.Articles).HasMaxLength(256);
        builder.Property(c => c.Investigator).HasMaxLength(128);
        builder.Property(c => c.Location).HasMaxLength(256);
    }
}

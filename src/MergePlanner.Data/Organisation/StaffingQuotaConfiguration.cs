using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class StaffingQuotaConfiguration : IEntityTypeConfiguration<StaffingQuota>
{
    public void Configure(EntityTypeBuilder<StaffingQuota> builder)
    {
        builder.HasOne(q => q.Unit).WithMany().HasForeignKey(q => q.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.UnitId, q.Group }).IsUnique();
        builder.Property(q => q.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Organisation;

internal sealed class MergerSourceConfiguration : IEntityTypeConfiguration<MergerSource>
{
    public void Configure(EntityTypeBuilder<MergerSource> builder)
    {
        builder.HasKey(s => new { s.MergerId, s.UnitId });
        builder.HasOne(s => s.Unit).WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

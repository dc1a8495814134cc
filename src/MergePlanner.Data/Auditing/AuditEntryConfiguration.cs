using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Auditing;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityKey).HasMaxLength(128);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.HasIndex(a => new { a.EntityType, a.EntityKey });

        // The newest change of one kind of row, at once (the shared reads' versions, ChangeFeed.LatestChangeAsync).
        builder.HasIndex(a => new { a.EntityType, a.Id });
        builder.HasIndex(a => new { a.MergerId, a.AtUtc });
    }
}

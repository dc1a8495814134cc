using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel.Posts;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.HasIndex(p => new { p.MergerId, p.UnitId, p.Position, p.Ordinal }).IsUnique();

        // An officer holds one post at most (unique among the non-null holders on both providers).
        builder.HasIndex(p => p.HolderId).IsUnique();
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Holder).WithMany().HasForeignKey(p => p.HolderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.DecisionNumber).HasMaxLength(64);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

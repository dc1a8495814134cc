using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel.Streamlining;

internal sealed class StreamliningCaseConfiguration : IEntityTypeConfiguration<StreamliningCase>
{
    public void Configure(EntityTypeBuilder<StreamliningCase> builder)
    {
        builder.HasIndex(c => new { c.MergerId, c.OfficerId });
        builder.HasOne(c => c.Officer).WithMany().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Note).HasMaxLength(1024);
        builder.Property(c => c.ProposedBy).HasMaxLength(256);
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Property(c => c.DecisionNumber).HasMaxLength(64);
        builder.Property(c => c.ReturnReason).HasMaxLength(1024);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Personnel.Support;

internal sealed class SupportAttendanceConfiguration : IEntityTypeConfiguration<SupportAttendance>
{
    public void Configure(EntityTypeBuilder<SupportAttendance> builder)
    {
        builder.HasIndex(a => new { a.MergerId, a.OfficerId, a.Year, a.Month }).IsUnique();
        builder.HasOne(a => a.Officer).WithMany().HasForeignKey(a => a.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class SupportApprovalConfiguration : IEntityTypeConfiguration<SupportApproval>
{
    public void Configure(EntityTypeBuilder<SupportApproval> builder)
    {
        builder.Property(a => a.PolicyCode).HasMaxLength(32);
        builder.Property(a => a.ApprovedBy).HasMaxLength(256);
        builder.Property(a => a.Total).HasPrecision(19, 2);
        builder.HasIndex(a => new { a.MergerId, a.PolicyCode, a.Year, a.Month }).IsUnique();
        builder.HasMany(a => a.Lines).WithOne().HasForeignKey(l => l.ApprovalId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupportApprovalLineConfiguration : IEntityTypeConfiguration<SupportApprovalLine>
{
    public void Configure(EntityTypeBuilder<SupportApprovalLine> builder)
    {
        builder.Property(l => l.Amount).HasPrecision(19, 2);
        builder.HasIndex(l => new { l.MergerId, l.OfficerId });
    }
}

internal sealed class SupportReturnConfiguration : IEntityTypeConfiguration<SupportReturn>
{
    public void Configure(EntityTypeBuilder<SupportReturn> builder)
    {
        builder.Property(r => r.PolicyCode).HasMaxLength(32);
        builder.Property(r => r.Reason).HasMaxLength(1024);
        builder.Property(r => r.ReturnedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.MergerId, r.PolicyCode, r.Year, r.Month });
    }
}

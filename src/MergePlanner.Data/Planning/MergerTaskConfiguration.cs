using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MergePlanner.Data.Planning;

internal sealed class MergerTaskConfiguration : IEntityTypeConfiguration<MergerTask>
{
    public void Configure(EntityTypeBuilder<MergerTask> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.HasIndex(t => new { t.MergerId, t.Code }).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(512);
        builder.Property(t => t.SearchText).HasMaxLength(640);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne(t => t.Merger).WithMany().HasForeignKey(t => t.MergerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.ResponsibleUnit).WithMany().HasForeignKey(t => t.ResponsibleUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.ResponsiblePerson).HasMaxLength(128);
        builder.Property(t => t.ExpectedProduct).HasMaxLength(512);
        builder.Property(t => t.Approver).HasMaxLength(128);
        builder.Property(t => t.ResponsibleUserName).HasMaxLength(256);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.HasMany(t => t.DependsOn).WithOne().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskDependencyConfiguration : IEntityTypeConfiguration<TaskDependency>
{
    public void Configure(EntityTypeBuilder<TaskDependency> builder)
    {
        builder.HasIndex(d => new { d.MergerId, d.TaskId, d.DependsOnId }).IsUnique();
        builder.HasOne(d => d.DependsOnTask).WithMany().HasForeignKey(d => d.DependsOnId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> builder)
    {
        builder.HasIndex(c => new { c.MergerId, c.TaskId });
        builder.HasOne(c => c.Task).WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.Text).HasMaxLength(2000);
    }
}

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> builder)
    {
        builder.HasIndex(e => new { e.MergerId, e.TaskId });
        builder.HasOne(e => e.Task).WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.FileName).HasMaxLength(256);
        builder.Property(e => e.ContentType).HasMaxLength(128);
        builder.Property(e => e.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.HasIndex(n => new { n.TaskId, n.Kind, n.Deadline, n.UserName }).IsUnique();
        builder.HasIndex(n => new { n.UserName, n.ReadAtUtc });
        builder.HasOne(n => n.Task).WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.UserName).HasMaxLength(256);
    }
}

internal sealed class TargetSeriesConfiguration : IEntityTypeConfiguration<TargetSeries>
{
    public void Configure(EntityTypeBuilder<TargetSeries> builder)
    {
        builder.Property(s => s.Title).HasMaxLength(300);
        builder.Property(s => s.CountedIn).HasMaxLength(32);
        builder.Property(s => s.Source).HasMaxLength(500);
        builder.HasMany(s => s.Points).WithOne(p => p.Series).HasForeignKey(p => p.SeriesId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TargetPointConfiguration : IEntityTypeConfiguration<TargetPoint>
{
    public void Configure(EntityTypeBuilder<TargetPoint> builder)
    {
        builder.HasIndex(p => new { p.MergerId, p.SeriesId, p.PeriodEnd }).IsUnique();
        builder.Property(p => p.Label).HasMaxLength(32);
    }
}

internal sealed class PlaybookTaskConfiguration : IEntityTypeConfiguration<PlaybookTask>
{
    public void Configure(EntityTypeBuilder<PlaybookTask> builder)
    {
        builder.Property(t => t.Owner).HasMaxLength(16);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

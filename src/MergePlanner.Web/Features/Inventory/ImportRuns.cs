using System.Text.Json;
using MergePlanner.Data;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The record of every import a person starts, each change in its own database scope so that it is written even
/// when the import's transaction rolls back. Background imports wait here with their file until a worker on any node
/// claims them; a worker renews a lease while it runs, so a run left by a stopped server can be taken up again.</summary>
public sealed class ImportRuns(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>A crash mid-way runs the job again (nothing was written); after this many starts it is given up.</summary>
    public const int MaxAttempts = 3;

    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(60);

    public static string Node => Truncate(Environment.MachineName, 128);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<Guid> StartAsync(int mergerId, string userName, string register, string fileName, long sizeBytes, CancellationToken cancellationToken = default)
    {
        var run = New(mergerId, userName, register, fileName, sizeBytes);
        run.State = ImportRunState.Running;
        run.Attempts = 1;
        await SaveAsync(db => db.ImportRuns.Add(run), cancellationToken);
        return run.Id;
    }

    /// <summary>Keeps a large file in the database for a background worker.</summary>
    public async Task<Guid> QueueAsync(int mergerId, string userName, string register, string fileName, byte[] content, TabularFormat format, CancellationToken cancellationToken = default)
    {
        var run = New(mergerId, userName, register, fileName, content.Length);
        (run.State, run.Content, run.Format, run.Background, run.Stage) = (ImportRunState.Queued, content, format.ToString(), true, "Import.Stage.Queued");
        await SaveAsync(db => db.ImportRuns.Add(run), cancellationToken);
        return run.Id;
    }

    public enum Claim
    {
        Taken,

        /// <summary>Running under another worker's live lease.</summary>
        Busy,

        /// <summary>Done, failed, gone, or started too often (then marked failed).</summary>
        Ended,
    }

    /// <summary>Takes a background run for this worker.</summary>
    public async Task<(Claim Claim, ImportRun? Run)> ClaimAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var run = await db.ImportRuns.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        var now = Now;
        if (run is null || run.Content is null || run.State is ImportRunState.Done or ImportRunState.Failed or ImportRunState.Interrupted)
        {
            return (Claim.Ended, null);
        }

        if (run.State == ImportRunState.Running && run.LeaseUntilUtc > now)
        {
            return (Claim.Busy, null);
        }

        if (run.Attempts >= MaxAttempts)
        {
            (run.State, run.Content, run.FinishedAtUtc, run.ErrorCount, run.Percent, run.Stage) = (ImportRunState.Failed, null, now, 1, 100, "Import.Stage.Done");
            run.ErrorsJson = JsonSerializer.Serialize(new[] { new ImportError(0, string.Empty, GaveUp) });
            await db.SaveChangesAsync(cancellationToken);
            return (Claim.Ended, null);
        }

        // One conditional update: of two workers that fetched the same job, only one takes it.
        var attempts = run.Attempts;
        var node = Node;
        var lease = now + Lease;
        var taken = await db.ImportRuns.IgnoreQueryFilters()
            .Where(r => r.Id == id && r.Attempts == attempts && (r.State == ImportRunState.Queued || (r.State == ImportRunState.Running && r.LeaseUntilUtc < now)))
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, ImportRunState.Running).SetProperty(r => r.Attempts, attempts + 1)
                .SetProperty(r => r.Node, node).SetProperty(r => r.LeaseUntilUtc, lease), cancellationToken);
        if (taken == 0)
        {
            return (Claim.Busy, null);
        }

        (run.State, run.Attempts, run.Node, run.LeaseUntilUtc) = (ImportRunState.Running, attempts + 1, node, lease);
        return (Claim.Taken, run);
    }

    public const string GaveUp = "Việc nhập đã bị gián đoạn nhiều lần (máy chủ dừng giữa chừng); không dữ liệu nào của tệp được ghi. Hãy gửi lại tệp hoặc báo quản trị viên.";

    /// <summary>A worker stopping gracefully gives its run back at once (its transaction rolled back).</summary>
    public async Task ReleaseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        await db.ImportRuns.IgnoreQueryFilters().Where(r => r.Id == id && r.State == ImportRunState.Running)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, ImportRunState.Queued).SetProperty(r => r.LeaseUntilUtc, (DateTime?)null)
                .SetProperty(r => r.Stage, "Import.Stage.Queued").SetProperty(r => r.Attempts, r => r.Attempts - 1), cancellationToken);
    }

    /// <summary>Progress and a renewed lease, written while the import runs.</summary>
    public Task ReportAsync(Guid id, int percent, string stage, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, run => (run.Percent, run.Stage, run.LeaseUntilUtc) = (percent, stage, Now + Lease), finish: false, cancellationToken);

    public Task FinishAsync(Guid id, AssetImport.Outcome outcome, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, run =>
        {
            run.State = outcome.Errors.Count == 0 ? ImportRunState.Done : ImportRunState.Failed;
            (run.Created, run.Updated, run.ErrorCount) = (outcome.Created, outcome.Updated, outcome.Errors.Count);
            run.ErrorsJson = outcome.Errors.Count == 0 ? null : JsonSerializer.Serialize(outcome.Errors);
        }, finish: true, cancellationToken);

    public Task FailAsync(Guid id, string message, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, run =>
        {
            (run.State, run.ErrorCount) = (ImportRunState.Failed, 1);
            run.ErrorsJson = JsonSerializer.Serialize(new[] { new ImportError(0, string.Empty, message) });
        }, finish: true, cancellationToken);

    /// <summary>A run is visible only to the person who started it, in the merger it was started in.</summary>
    public async Task<ImportRun?> FindAsync(int mergerId, Guid id, string? userName, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        return await db.ImportRuns.IgnoreQueryFilters().AsNoTracking().Where(r => r.Id == id && r.UserName == userName && r.MergerId == mergerId).Select(WithoutContent).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ImportRun>> RecentAsync(int mergerId, string? userName, int count = 10, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        return await db.ImportRuns.IgnoreQueryFilters().AsNoTracking().Where(r => r.UserName == userName && r.MergerId == mergerId).OrderByDescending(r => r.StartedAtUtc).Take(count).Select(WithoutContent).ToListAsync(cancellationToken);
    }

    public static IReadOnlyList<ImportError> Errors(ImportRun run) =>
        run.ErrorsJson is null ? [] : JsonSerializer.Deserialize<List<ImportError>>(run.ErrorsJson) ?? [];

    /// <summary>Called once at start-up: in-request imports this server left running were cut off with their request
    /// (their transaction never committed). Background runs are left to the job store, which runs them again.</summary>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        var node = Node;
        var unfinished = await db.ImportRuns.IgnoreQueryFilters().Where(r => r.State == ImportRunState.Running && !r.Background && r.Node == node).ToListAsync(cancellationToken);
        foreach (var run in unfinished)
        {
            (run.State, run.FinishedAtUtc, run.Content) = (ImportRunState.Interrupted, Now, null);
        }

        await db.SaveChangesAsync(cancellationToken);
        return unfinished.Count;
    }

    private static readonly System.Linq.Expressions.Expression<Func<ImportRun, ImportRun>> WithoutContent = r => new ImportRun
    {
        Id = r.Id, UserName = r.UserName, Register = r.Register, FileName = r.FileName, SizeBytes = r.SizeBytes, Format = r.Format, Background = r.Background,
        Node = r.Node, State = r.State, Percent = r.Percent, Stage = r.Stage, Attempts = r.Attempts, LeaseUntilUtc = r.LeaseUntilUtc, StartedAtUtc = r.StartedAtUtc,
        FinishedAtUtc = r.FinishedAtUtc, Created = r.Created, Updated = r.Updated, ErrorCount = r.ErrorCount, ErrorsJson = r.ErrorsJson,
    };

    private ImportRun New(int mergerId, string userName, string register, string fileName, long sizeBytes) => new()
    {
        Id = Guid.NewGuid(), MergerId = mergerId, UserName = userName, Register = register, FileName = Truncate(Path.GetFileName(fileName), 256), SizeBytes = sizeBytes,
        Node = Node, StartedAtUtc = Now,
    };

    private async Task UpdateAsync(Guid id, Action<ImportRun> change, bool finish, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        if (await db.ImportRuns.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } run)
        {
            change(run);
            if (finish)
            {
                (run.FinishedAtUtc, run.Content, run.LeaseUntilUtc, run.Percent, run.Stage) = (Now, null, null, 100, "Import.Stage.Done");
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task SaveAsync(Action<MergePlannerDbContext> action, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = Db(scope);
        action(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The record keeping works on runs by their id for no person (a worker, the start-up), so across mergers
    /// (each query says so: IgnoreQueryFilters);
    /// who may see a run is decided by <see cref="FindAsync"/> and <see cref="RecentAsync"/>, and the import itself runs
    /// confined to the run's merger.</summary>
    private static MergePlannerDbContext Db(IServiceScope scope) => scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().Unconfined();

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

using MergePlanner.Data;
using MergePlanner.Data.Inventory;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>Keeps the record of every import a person starts, in its own database scope so that it is written even
/// when the import's transaction rolls back. At start-up, runs this server left unfinished become "interrupted":
/// their transaction never committed, so nothing of them was written, and the person is told to send the file again.</summary>
public sealed class ImportRuns(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static string Node => Environment.MachineName;

    public async Task<Guid> StartAsync(string userName, string register, string fileName, long sizeBytes, CancellationToken cancellationToken = default)
    {
        var run = new ImportRun
        {
            Id = Guid.NewGuid(), UserName = userName, Register = register, FileName = Truncate(Path.GetFileName(fileName), 256), SizeBytes = sizeBytes,
            Node = Truncate(Node, 128), State = ImportRunState.Running, StartedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await WithDbAsync(db => db.ImportRuns.Add(run), cancellationToken);
        return run.Id;
    }

    public Task FinishAsync(Guid id, AssetImport.Outcome outcome, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, run =>
        {
            run.State = outcome.Errors.Count == 0 ? ImportRunState.Done : ImportRunState.Failed;
            (run.Created, run.Updated, run.ErrorCount) = (outcome.Created, outcome.Updated, outcome.Errors.Count);
        }, cancellationToken);

    public Task FailAsync(Guid id, CancellationToken cancellationToken = default) =>
        UpdateAsync(id, run => (run.State, run.ErrorCount) = (ImportRunState.Failed, 1), cancellationToken);

    /// <summary>A run is visible only to the person who started it.</summary>
    public async Task<ImportRun?> FindAsync(Guid id, string? userName, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
        return await db.ImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.UserName == userName, cancellationToken);
    }

    public async Task<IReadOnlyList<ImportRun>> RecentAsync(string? userName, int count = 10, CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
        return await db.ImportRuns.AsNoTracking().Where(r => r.UserName == userName).OrderByDescending(r => r.StartedAtUtc).Take(count).ToListAsync(cancellationToken);
    }

    /// <summary>Called once at start-up, before any import can start on this server.</summary>
    public async Task<int> MarkInterruptedAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
        var node = Truncate(Node, 128);
        var unfinished = await db.ImportRuns.Where(r => r.State == ImportRunState.Running && r.Node == node).ToListAsync(cancellationToken);
        foreach (var run in unfinished)
        {
            run.State = ImportRunState.Interrupted;
            run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        await db.SaveChangesAsync(cancellationToken);
        return unfinished.Count;
    }

    private async Task UpdateAsync(Guid id, Action<ImportRun> change, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
        if (await db.ImportRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } run)
        {
            change(run);
            run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task WithDbAsync(Action<MergePlannerDbContext> action, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>();
        action(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

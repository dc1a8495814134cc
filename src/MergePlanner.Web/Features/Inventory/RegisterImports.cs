using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>What became of a register file: imported at once (small files) or queued as a durable job (large ones).</summary>
public sealed record RegisterImportResult(AssetImport.Outcome? Outcome, Guid? QueuedRunId);

/// <summary>
/// Imports a register file (assets or case files) sent by the current person. The role and unit checks are the
/// importers' own (every row must lie in the person's writable units); this service refuses at once a person whose role
/// may not import at all, records the run, and sends a large file to the durable job queue so a restart cannot lose it.
/// </summary>
public sealed class RegisterImports(AssetImport assets, CaseFileImport cases, ImportRuns runs, ImportGate gate, UnitScopeService scopes,
    CurrentUser current, Hangfire.IBackgroundJobClient jobs, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, ILogger<RegisterImports> logger)
{
    /// <summary>About 2,000 rows: above it a file goes to the background queue.</summary>
    public const long BackgroundThresholdBytes = 256 * 1024;

    public const string Assets = "assets";
    public const string Cases = "cases";

    public async Task<bool> MayImportAsync(CancellationToken cancellationToken = default)
    {
        var writable = await scopes.GetWritableAsync(AppAction.ImportRegisters, cancellationToken);
        return writable.IsAll || writable.UnitIds.Count > 0;
    }

    public async Task<RegisterImportResult> ImportAsync(string register, string fileName, byte[] content, CancellationToken cancellationToken = default)
    {
        register = register == Cases ? Cases : Assets;
        if (!await MayImportAsync(cancellationToken))
        {
            return Failed(l["Import.NotAllowed"]);
        }

        if (content.Length == 0)
        {
            return Failed(l["Communes.NoFile"]);
        }

        if (content.Length > TabularReader.MaxBytes)
        {
            return Failed(l["Import.TooLarge"]);
        }

        if (TabularReader.FormatOf(fileName) is not { } format)
        {
            return Failed(l["Import.WrongType"]);
        }

        // A large file is a durable background job: it waits in the database for a worker on any node, the page shows
        // its progress, and a restart in the middle runs it again.
        if (content.Length > BackgroundThresholdBytes)
        {
            var queued = await runs.QueueAsync(MergerSelection.Of(current.Principal), current.Name, register, fileName, content, format, cancellationToken);
            Hangfire.BackgroundJobClientExtensions.Enqueue<RegisterImportJob>(jobs, job => job.RunAsync(queued, CancellationToken.None));
            return new RegisterImportResult(null, queued);
        }

        var runId = await runs.StartAsync(MergerSelection.Of(current.Principal), current.Name, register, fileName, content.Length, cancellationToken);

        // One import at a time on this server, the background ones included: two copies of a file sent at once run one
        // after the other (the second then updates what the first created) instead of colliding.
        await gate.Gate.WaitAsync(cancellationToken);
        AssetImport.Outcome outcome;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            outcome = register == Cases
                ? await cases.ImportAsync(stream, format, cancellationToken)
                : await assets.ImportAsync(stream, format, cancellationToken);
            await runs.FinishAsync(runId, outcome, CancellationToken.None);
        }
        catch
        {
            await runs.FailAsync(runId, RegisterImportJob.SystemError, CancellationToken.None);
            throw;
        }
        finally
        {
            gate.Gate.Release();
        }

        logger.LogInformation("Register import ({Register}) of {File} by {User}: {Created} created, {Updated} updated, {Errors} errors",
            register, fileName, current.Name, outcome.Created, outcome.Updated, outcome.Errors.Count);
        return new RegisterImportResult(outcome, null);
    }

    private static RegisterImportResult Failed(string message) => new(new AssetImport.Outcome(0, 0, [new ImportError(0, string.Empty, message)]), null);
}

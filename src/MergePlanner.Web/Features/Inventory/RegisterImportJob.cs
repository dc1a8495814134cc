using MergePlanner.Web.Security;
using System.Security.Claims;
using Hangfire;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Inventory;
using MergePlanner.Web.Spreadsheets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>One import at a time on this server (background and in-request alike): two copies of a file sent at once run
/// one after the other instead of colliding, and the database sees one long write at a time.</summary>
public sealed class ImportGate
{
    public SemaphoreSlim Gate { get; } = new(1, 1);
}

/// <summary>A register import in the background, as a durable job: the file waits in its <see cref="ImportRun"/>, any web
/// node's worker may run it, and a run cut off by a stopped server is run again (the import is all or nothing, so the
/// first attempt wrote nothing). It runs with the rights the person who sent the file has when it runs.</summary>
public sealed class RegisterImportJob(ImportRuns runs, ImportGate gate, IServiceScopeFactory scopes, ILogger<RegisterImportJob> logger)
{
    public const string SystemError = "Lỗi hệ thống khi nhập tệp; không dữ liệu nào được ghi. Hãy thử lại hoặc báo quản trị viên.";

    // Failures are final (the person is told); a crash is not a failure: the job store runs the job again.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid runId, CancellationToken cancellationToken)
    {
        while (true)
        {
            await gate.Gate.WaitAsync(cancellationToken);
            try
            {
                var (claim, run) = await runs.ClaimAsync(runId, cancellationToken);
                if (claim == ImportRuns.Claim.Taken)
                {
                    await ImportAsync(run!, cancellationToken);
                    return;
                }

                if (claim == ImportRuns.Claim.Ended)
                {
                    return;
                }
            }
            finally
            {
                gate.Gate.Release();
            }

            // Still running under another worker's live lease (the job store handed it out again): wait until that
            // worker ends it or its lease lapses, then take it over.
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
    }

    private async Task ImportAsync(ImportRun run, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var services = scope.ServiceProvider;
        using var progress = new PersistedProgress(runs, run.Id);
        try
        {
            // The import checks role and unit scope through the current user: the one who sent the file, as they are now.
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.Users.SingleOrDefaultAsync(u => u.UserName == run.UserName, cancellationToken);
            if (user is null)
            {
                await runs.FailAsync(run.Id, "Tài khoản đã gửi tệp không còn tồn tại; không dữ liệu nào được ghi.", CancellationToken.None);
                return;
            }

            var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
            services.GetRequiredService<CurrentUser>().Set(principal);

            // In the merger the file was sent in, even if a national role has switched to another since.
            services.GetRequiredService<MergePlanner.Data.MergePlannerDbContext>().ConfineTo(run.MergerId);
            var format = Enum.Parse<TabularFormat>(run.Format ?? nameof(TabularFormat.Csv));
            using var stream = new MemoryStream(run.Content!);
            var outcome = run.Register == "cases"
                ? await services.GetRequiredService<CaseFileImport>().ImportAsync(stream, format, cancellationToken)
                : await services.GetRequiredService<AssetImport>().ImportAsync(stream, format, cancellationToken, progress);
            await progress.StopAsync();
            await runs.FinishAsync(run.Id, outcome, CancellationToken.None);
            logger.LogInformation("Background import {Run} of {File} by {User} (attempt {Attempt}): {Created} created, {Updated} updated, {Errors} errors",
                run.Id, run.FileName, run.UserName, run.Attempts, outcome.Created, outcome.Updated, outcome.Errors.Count);
        }
        catch (OperationCanceledException)
        {
            // This server is stopping: the transaction rolled back; hand the run straight back to the queue.
            await progress.StopAsync();
            await runs.ReleaseAsync(run.Id, CancellationToken.None);
            throw;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Background import {Run} failed", run.Id);
            await progress.StopAsync();
            await runs.FailAsync(run.Id, SystemError, CancellationToken.None);
        }
    }

    /// <summary>Writes the latest progress (and renews the lease) twice a second from its own task, so the import never
    /// waits for it — not even while its own transaction holds the database.</summary>
    private sealed class PersistedProgress : IProgress<(int Percent, string Stage)>, IDisposable
    {
        private readonly ImportRuns _runs;
        private readonly Guid _id;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _loop;
        private Step? _pending = new(1, "Import.Stage.Reading");

        public PersistedProgress(ImportRuns runs, Guid id)
        {
            (_runs, _id) = (runs, id);
            _loop = Task.Run(LoopAsync);
        }

        public void Report((int Percent, string Stage) value) => Interlocked.Exchange(ref _pending, new Step(value.Percent, value.Stage));

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _loop;
        }

        private async Task LoopAsync()
        {
            var last = new Step(1, "Import.Stage.Reading");
            var sinceWrite = ImportRuns.Lease;
            while (!_stop.IsCancellationRequested)
            {
                var next = Interlocked.Exchange(ref _pending, null);
                last = next ?? last;

                // A new step is written at once; the lease is renewed well before it lapses.
                if (next is not null || sinceWrite >= ImportRuns.Lease / 4)
                {
                    sinceWrite = TimeSpan.Zero;
                    try
                    {
                        await _runs.ReportAsync(_id, last.Percent, last.Stage, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                    catch (Exception)
                    {
                        // Progress is a courtesy: a busy database must not fail the import.
                    }
                }

                try
                {
                    await Task.Delay(500, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                sinceWrite += TimeSpan.FromMilliseconds(500);
            }
        }

        public void Dispose() => _stop.Dispose();

        private sealed record Step(int Percent, string Stage);
    }
}

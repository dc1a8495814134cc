using System.Collections.Concurrent;
using System.Security.Claims;
using System.Threading.Channels;
using MergePlanner.Web.Spreadsheets;

namespace MergePlanner.Web.Features.Inventory;

public enum ImportJobState
{
    Queued,
    Running,
    Done,
}

/// <summary>A register import running in the background: who asked, how far it is, and its outcome.</summary>
public sealed class ImportJob(Guid id, string register, string fileName, byte[] content, TabularFormat format, ClaimsPrincipal user)
{
    /// <summary>The id of its <see cref="MergePlanner.Data.Inventory.ImportRun"/>: the link still answers after a restart.</summary>
    public Guid Id { get; } = id;

    public string Register { get; } = register;

    public string FileName { get; } = fileName;

    public byte[] Content { get; private set; } = content;

    public TabularFormat Format { get; } = format;

    public ClaimsPrincipal User { get; } = user;

    public string? UserName => User.Identity?.Name;

    public DateTime CreatedUtc { get; } = DateTime.UtcNow;

    public ImportJobState State { get; set; }

    /// <summary>0–100.</summary>
    public int Percent { get; set; }

    public string Stage { get; set; } = "Import.Stage.Queued";

    public AssetImport.Outcome? Outcome { get; set; }

    public void Release() => Content = [];
}

/// <summary>The queue of background imports: a large file is read, validated and written away from the request,
/// so the person who sent it sees progress and nobody else waits. One job runs at a time (the database writes
/// are all-or-nothing transactions); finished jobs are kept for an hour.</summary>
public sealed class ImportJobs
{
    private readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();
    private readonly Channel<ImportJob> _queue = Channel.CreateUnbounded<ImportJob>();

    public ChannelReader<ImportJob> Reader => _queue.Reader;

    /// <summary>One import at a time on this server (background and in-request alike).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public ImportJob Enqueue(ImportJob job)
    {
        foreach (var old in _jobs.Values.Where(j => j.State == ImportJobState.Done && j.CreatedUtc < DateTime.UtcNow.AddHours(-1)))
        {
            _jobs.TryRemove(old.Id, out _);
        }

        _jobs[job.Id] = job;
        _queue.Writer.TryWrite(job);
        return job;
    }

    /// <summary>A job is visible only to the user who started it.</summary>
    public ImportJob? Find(Guid id, string? userName) =>
        _jobs.TryGetValue(id, out var job) && job.UserName == userName ? job : null;
}

/// <summary>Runs the queued imports with the rights of the user who sent each file.</summary>
public sealed class ImportWorker(ImportJobs jobs, ImportRuns runs, IServiceScopeFactory scopes, IHttpContextAccessor accessor, ILogger<ImportWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.Reader.ReadAllAsync(stoppingToken))
        {
            await jobs.Gate.WaitAsync(stoppingToken);
            job.State = ImportJobState.Running;
            try
            {
                using var scope = scopes.CreateScope();

                // The import checks unit scope through the current user: here, the one who queued the file.
                accessor.HttpContext = new DefaultHttpContext { User = job.User, RequestServices = scope.ServiceProvider };
                var progress = new Progress<(int Percent, string Stage)>(p => (job.Percent, job.Stage) = p);
                using var stream = new MemoryStream(job.Content);
                job.Outcome = job.Register == "cases"
                    ? await scope.ServiceProvider.GetRequiredService<CaseFileImport>().ImportAsync(stream, job.Format, stoppingToken)
                    : await scope.ServiceProvider.GetRequiredService<AssetImport>().ImportAsync(stream, job.Format, stoppingToken, progress);
                await runs.FinishAsync(job.Id, job.Outcome, CancellationToken.None);
                logger.LogInformation("Background import {Job} of {File} by {User}: {Created} created, {Updated} updated, {Errors} errors",
                    job.Id, job.FileName, job.UserName, job.Outcome.Created, job.Outcome.Updated, job.Outcome.Errors.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Background import {Job} failed", job.Id);
                job.Outcome = new AssetImport.Outcome(0, 0, [new ImportError(0, string.Empty, "Lỗi hệ thống khi nhập tệp; không dữ liệu nào được ghi. Hãy thử lại hoặc báo quản trị viên.")]);
                await runs.FailAsync(job.Id, CancellationToken.None);
            }
            finally
            {
                jobs.Gate.Release();
                accessor.HttpContext = null;
                job.Percent = 100;
                job.Stage = "Import.Stage.Done";
                job.State = ImportJobState.Done;
                job.Release();
            }
        }
    }
}

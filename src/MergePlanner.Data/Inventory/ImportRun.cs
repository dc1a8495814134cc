using MergePlanner.Data.Common;

namespace MergePlanner.Data.Inventory;

/// <summary>One file a person sent to an import, kept in the database: a large file waits here (with its bytes) for a
/// background worker on any web node, shows its progress and its outcome to the person who sent it, and leaves an
/// answer after a restart instead of a dead link.</summary>
public class ImportRun : IMergerOwned
{
    /// <summary>The merger this row belongs to.</summary>
    public int MergerId { get; set; }

    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>"assets" or "cases".</summary>
    public required string Register { get; set; }

    public required string FileName { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>"Csv" or "Xlsx".</summary>
    public string? Format { get; set; }

    /// <summary>The file itself while a background import waits or runs; cleared when it ends.</summary>
    public byte[]? Content { get; set; }

    /// <summary>Whether it runs in the background (a job) or inside the request that sent it.</summary>
    public bool Background { get; set; }

    /// <summary>The server that runs it: a restarting node marks only its own unfinished in-request runs as interrupted.</summary>
    public required string Node { get; set; }

    public ImportRunState State { get; set; }

    /// <summary>0–100, and the stage (a resource key) the import is in.</summary>
    public int Percent { get; set; }

    public string? Stage { get; set; }

    /// <summary>How many times a worker has started it: a crash mid-way makes the job run again (all or nothing, so
    /// nothing was written), up to a limit.</summary>
    public int Attempts { get; set; }

    /// <summary>While running, the worker renews this; a run whose lease has lapsed was left by a stopped server.</summary>
    public DateTime? LeaseUntilUtc { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The listed errors (at most 201, see ImportErrors) as JSON, for the outcome page after the fact.</summary>
    public string? ErrorsJson { get; set; }
}

public enum ImportRunState
{
    /// <summary>Being read and written.</summary>
    Running,

    /// <summary>Written, all of it.</summary>
    Done,

    /// <summary>Refused (errors in the file) or failed: nothing written.</summary>
    Failed,

    /// <summary>The server stopped while it ran inside a request: its transaction never committed, so nothing was written.</summary>
    Interrupted,

    /// <summary>Waiting for a background worker.</summary>
    Queued,
}

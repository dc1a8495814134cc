namespace MergePlanner.Data.Inventory;

/// <summary>What became of each file a person sent to an import, kept in the database so that a restart in the
/// middle of an import leaves an answer ("interrupted, nothing written, send again") instead of a dead link.</summary>
public class ImportRun
{
    public Guid Id { get; set; }

    public required string UserName { get; set; }

    /// <summary>"assets" or "cases".</summary>
    public required string Register { get; set; }

    public required string FileName { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>The server that ran it: a restarting node marks only its own unfinished runs as interrupted.</summary>
    public required string Node { get; set; }

    public ImportRunState State { get; set; }

    public DateTime StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public int Created { get; set; }

    public int Updated { get; set; }

    public int ErrorCount { get; set; }
}

public enum ImportRunState
{
    /// <summary>Waiting or being read and written.</summary>
    Running,

    /// <summary>Written, all of it.</summary>
    Done,

    /// <summary>Refused (errors in the file) or failed: nothing written.</summary>
    Failed,

    /// <summary>The server stopped while it ran: its transaction never committed, so nothing was written.</summary>
    Interrupted,
}

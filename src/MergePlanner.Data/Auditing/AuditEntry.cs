namespace MergePlanner.Data.Auditing;

/// <summary>One change to one audited row: who, when, what, and the values before and after (JSON).</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string UserName { get; set; }

    public required string EntityType { get; set; }

    public required string EntityKey { get; set; }

    public required string Action { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    /// <summary>The merger the changed row belongs to (null for national data): the audit viewer shows a merger's own.</summary>
    public int? MergerId { get; set; }

    /// <summary>The unit the changed row is about (its unit, owning, responsible or handing-over unit), when it has one:
    /// the viewer filters by unit.</summary>
    public int? UnitId { get; set; }
}

/// <summary>Who is making the change; the web app supplies the signed-in user.</summary>
public interface IAuditActor
{
    string Name { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public string Name => "system";
}

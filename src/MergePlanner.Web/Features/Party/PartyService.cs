using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Party;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Party;

public sealed record PartyOrgRow(
    int Id, string Code, string Name, PartyOrgKind Kind, string? ParentName, int OriginId, string OriginName, int Members,
    PartyOrgFate? Fate, int? SuccessorId, string? SuccessorName, string? FateNote, int RecordsSent, int RecordsReceived, int Version);

public sealed record PartyTargetRow(int Id, string Code, string Name, PartyOrgKind Kind, string? ParentName, int MembersAfter, int RecordsReceived, IReadOnlyList<string> From);

public sealed record PartyOriginTotal(int OriginId, string Name, int Organisations, int Members, int Mapped, int RecordsSent, int RecordsReceived);

/// <summary>The Party organisations of a merger: every source organisation with its fate and successor, every
/// organisation of the new police with the members it takes in, and the totals before and after.</summary>
public sealed record PartyBoard(
    IReadOnlyList<PartyOrgRow> Sources, IReadOnlyList<PartyTargetRow> Targets, IReadOnlyList<PartyOriginTotal> Origins,
    int MembersBefore, int MembersAfter, int Unmapped, int RecordsSent, int RecordsReceived, bool MayManage);

public sealed record CongressRow(
    int Id, int OrganisationId, string Organisation, PartyOrgKind Kind, CongressLevel Level, string? Parent, DateOnly Deadline, DateOnly? PlannedOn, DateOnly? HeldOn,
    CongressStatus Status, string? Documents, int CommitteeSize, int Candidates, int Failing, bool OutOfOrder, bool Late, AgeMix Mix, int Version);

public sealed record CandidateRow(int Id, int OfficerId, string OfficerNumber, string Name, string Rank, string Unit, DateOnly BirthDate, bool IsIncumbent, CommitteeRole Role, CandidateCheck Check);

public sealed record PartyResult(bool Ok, string? Message = null)
{
    public static readonly PartyResult Done = new(true);
}

/// <summary>
/// Party organisations and congresses of the merger (issue 11, points 4–5). Reads are for the roles that read the
/// whole merger; every change checks <see cref="AppAction.ManageParty"/> and that the merger is not closed, here.
/// The rules are <see cref="CongressRules"/> (order, candidates, age mix) with the thresholds in personnel-rules.json.
/// </summary>
public sealed class PartyService(MergePlannerDbContext db, CurrentUser current, MergerContext mergers, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private static PersonnelRuleBook Rules => PersonnelRuleBook.Default;

    private bool MayRead => Policies.ReadAllRoles.Any(current.Principal.IsInRole);

    public async Task<bool> MayManageAsync(CancellationToken cancellationToken = default) =>
        Permissions.Allows(current.Principal, AppAction.ManageParty) && !await mergers.IsClosedAsync(cancellationToken);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    private PartyResult Forbidden => new(false, l["Errors.Forbidden.Message"]);

    public async Task<PartyBoard?> BoardAsync(CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null || !MayRead)
        {
            return null;
        }

        var orgs = await db.PartyOrganisations.AsNoTracking()
            .Select(o => new { o.Id, o.Code, o.Name, o.Kind, Parent = o.Parent!.Name, o.OriginId, Origin = o.Origin!.Name, o.Members, o.Fate, o.SuccessorId, Successor = o.Successor!.Name, o.FateNote, o.RecordsSent, o.RecordsReceived, o.Version })
            .ToListAsync(cancellationToken);
        // In tree order: the upper committee, then each grassroots organisation followed by its cells.
        static string TreeKey(string code, PartyOrgKind kind) => kind == PartyOrgKind.UpperCommittee ? string.Empty : kind == PartyOrgKind.Cell ? code : code[..code.LastIndexOf('.')] + ".";
        var sources = orgs.Where(o => o.OriginId != merger.Target.Id).OrderBy(o => o.OriginId).ThenBy(o => TreeKey(o.Code, o.Kind), StringComparer.Ordinal)
            .Select(o => new PartyOrgRow(o.Id, o.Code, o.Name, o.Kind, o.Parent, o.OriginId, o.Origin, o.Members, o.Fate, o.SuccessorId, o.Successor, o.FateNote, o.RecordsSent, o.RecordsReceived, o.Version))
            .ToList();
        var targets = orgs.Where(o => o.OriginId == merger.Target.Id).OrderBy(o => TreeKey(o.Code, o.Kind), StringComparer.Ordinal)
            .Select(o =>
            {
                var from = sources.Where(s => s.SuccessorId == o.Id).ToList();
                return new PartyTargetRow(o.Id, o.Code, o.Name, o.Kind, o.Parent, from.Sum(s => s.Members), from.Sum(s => s.RecordsReceived), from.Select(s => s.Name).ToList());
            }).ToList();
        var origins = sources.GroupBy(s => (s.OriginId, s.OriginName))
            .Select(g => new PartyOriginTotal(g.Key.OriginId, g.Key.OriginName, g.Count(), g.Sum(s => s.Members), g.Count(s => s.Fate is not null), g.Sum(s => s.RecordsSent), g.Sum(s => s.RecordsReceived)))
            .ToList();
        return new PartyBoard(sources, targets, origins, sources.Sum(s => s.Members), targets.Sum(t => t.MembersAfter), sources.Count(s => s.Fate is null),
            sources.Sum(s => s.RecordsSent), sources.Sum(s => s.RecordsReceived), await MayManageAsync(cancellationToken));
    }

    /// <summary>Decides the fate of a source organisation: merged, transferred or dissolved, its members (and records)
    /// going to an organisation of the new police; a dissolution says why.</summary>
    public async Task<PartyResult> MapAsync(int organisationId, PartyOrgFate fate, int successorId, string? note, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null || !await MayManageAsync(cancellationToken))
        {
            return Forbidden;
        }

        var org = await db.PartyOrganisations.SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken);
        var successor = await db.PartyOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == successorId, cancellationToken);
        if (org is null || org.OriginId == merger.Target.Id)
        {
            return new PartyResult(false, l["Party.Err.NotSource"]);
        }

        if (successor is null || successor.OriginId != merger.Target.Id)
        {
            return new PartyResult(false, l["Party.Err.Successor"]);
        }

        if (!Enum.IsDefined(fate) || (fate == PartyOrgFate.Dissolve && string.IsNullOrWhiteSpace(note)))
        {
            return new PartyResult(false, l["Party.Err.DissolveReason"]);
        }

        if (expectedVersion is { } version && version != org.Version)
        {
            return new PartyResult(false, l["Plan.Err.Stale"]);
        }

        (org.Fate, org.SuccessorId, org.FateNote) = (fate, successorId, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return PartyResult.Done;
    }

    /// <summary>Records how many membership records a source organisation has handed over and the successor received:
    /// never more received than sent, nor more sent than members.</summary>
    public async Task<PartyResult> RecordsAsync(int organisationId, int sent, int received, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null || !await MayManageAsync(cancellationToken))
        {
            return Forbidden;
        }

        var org = await db.PartyOrganisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.OriginId != merger.Target.Id, cancellationToken);
        if (org is null)
        {
            return new PartyResult(false, l["Party.Err.NotSource"]);
        }

        if (org.SuccessorId is null)
        {
            return new PartyResult(false, l["Party.Err.MapFirst"]);
        }

        if (sent < 0 || received < 0 || sent > org.Members || received > sent)
        {
            return new PartyResult(false, string.Format(CultureInfo.CurrentCulture, l["Party.Err.Records"], org.Members));
        }

        (org.RecordsSent, org.RecordsReceived) = (sent, received);
        await db.SaveChangesAsync(cancellationToken);
        return PartyResult.Done;
    }

    /// <summary>The congresses bottom-up: cells, then grassroots organisations, then the provincial police congress.</summary>
    public async Task<IReadOnlyList<CongressRow>?> ScheduleAsync(CancellationToken cancellationToken = default)
    {
        if (!MayRead)
        {
            return null;
        }

        var congresses = await db.PartyCongresses.AsNoTracking()
            .Select(c => new
            {
                c.Id, c.OrganisationId, Name = c.Organisation!.Name, c.Organisation.Kind, c.Organisation.ParentId, Parent = c.Organisation.Parent!.Name, c.Deadline, c.PlannedOn, c.HeldOn, c.Status,
                c.Documents, c.CommitteeSize, c.Version,
                Candidates = c.Candidates.Select(x => new { x.Officer!.BirthDate, x.Officer.Rank, x.Officer.Gender, x.IsIncumbent }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var today = Today;
        var set = Rules.Congress;
        return congresses
            .Select(c =>
            {
                var level = CongressRules.LevelOf(c.Kind);
                var checks = c.Candidates.Select(x => CongressRules.Check(x.BirthDate, x.Rank, x.Gender, x.IsIncumbent, level, Rules)).ToList();
                var below = congresses.Where(b => b.ParentId == c.OrganisationId).Select(b => b.Deadline);
                return new CongressRow(c.Id, c.OrganisationId, c.Name, c.Kind, level, c.Parent, c.Deadline, c.PlannedOn, c.HeldOn, c.Status, c.Documents, c.CommitteeSize,
                    checks.Count, checks.Count(x => !x.Passes), CongressRules.DeadlineOutOfOrder(c.Deadline, below),
                    c.Deadline < today && c.Status is not (CongressStatus.Held or CongressStatus.Cancelled), CongressRules.Mix(checks.Select(x => x.Age).ToList(), set), c.Version);
            })
            .OrderBy(c => c.Level).ThenBy(c => c.Deadline).ThenBy(c => c.Organisation, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<CandidateRow>?> CandidatesAsync(int congressId, CancellationToken cancellationToken = default)
    {
        if (!MayRead)
        {
            return null;
        }

        var kind = await db.PartyCongresses.Where(c => c.Id == congressId).Select(c => (PartyOrgKind?)c.Organisation!.Kind).SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
        {
            return null;
        }

        var level = CongressRules.LevelOf(kind.Value);
        var rows = await db.CommitteeCandidates.AsNoTracking().Where(c => c.CongressId == congressId)
            .Select(c => new { c.Id, c.OfficerId, c.Officer!.OfficerNumber, c.Officer.FullName, c.Officer.Rank, c.Officer.Gender, c.Officer.BirthDate, Unit = c.Officer.Unit!.Name, c.IsIncumbent, c.Role })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Role).ThenBy(r => r.FullName, StringComparer.Ordinal)
            .Select(r => new CandidateRow(r.Id, r.OfficerId, r.OfficerNumber, r.FullName, l[$"Rank.{r.Rank}"].Value, r.Unit, r.BirthDate, r.IsIncumbent, r.Role,
                CongressRules.Check(r.BirthDate, r.Rank, r.Gender, r.IsIncumbent, level, Rules)))
            .ToList();
    }

    /// <summary>Moves a congress on: planned day, status, documents. "Held" needs the day and every congress below it
    /// held before (the bottom-up order).</summary>
    public async Task<PartyResult> UpdateCongressAsync(int congressId, CongressStatus status, DateOnly? plannedOn, DateOnly? heldOn, string? documents, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MayManageAsync(cancellationToken))
        {
            return Forbidden;
        }

        var congress = await db.PartyCongresses.SingleOrDefaultAsync(c => c.Id == congressId, cancellationToken);
        if (congress is null)
        {
            return new PartyResult(false, l["Errors.NotFound.Title"]);
        }

        if (status == CongressStatus.Held)
        {
            if (heldOn is not { } day || day > Today)
            {
                return new PartyResult(false, l["Congress.Err.HeldOn"]);
            }

            var below = await db.PartyCongresses.Where(c => c.Organisation!.ParentId == congress.OrganisationId).Select(c => new { c.Status, c.HeldOn }).ToListAsync(cancellationToken);
            if (CongressRules.HoldRefusal(day, below.Select(b => (b.Status, b.HeldOn))) is { } refusal)
            {
                return new PartyResult(false, l[refusal]);
            }
        }

        if (documents?.Length > 2000)
        {
            return new PartyResult(false, string.Format(CultureInfo.CurrentCulture, l["Plan.Err.TooLong"], l["Congress.Documents"], 2000));
        }

        congress.Status = status;
        congress.PlannedOn = plannedOn;
        congress.HeldOn = status == CongressStatus.Held ? heldOn : null;
        congress.Documents = string.IsNullOrWhiteSpace(documents) ? null : documents.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return PartyResult.Done;
    }

    /// <summary>Proposes an officer (by number) for the committee; the check is shown, not a bar: the personnel board
    /// decides, seeing why a candidate falls short.</summary>
    public async Task<PartyResult> AddCandidateAsync(int congressId, string? officerNumber, bool isIncumbent, CommitteeRole role, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MayManageAsync(cancellationToken))
        {
            return Forbidden;
        }

        var congress = await db.PartyCongresses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == congressId, cancellationToken);
        if (congress is null || congress.Status is CongressStatus.Held or CongressStatus.Cancelled)
        {
            return new PartyResult(false, l["Congress.Err.Closed"]);
        }

        var number = officerNumber?.Trim();
        var officer = await db.Officers.AsNoTracking().Where(o => o.OfficerNumber == number).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        if (officer is null)
        {
            return new PartyResult(false, string.Format(CultureInfo.CurrentCulture, l["Congress.Err.Officer"], number));
        }

        if (await db.CommitteeCandidates.AnyAsync(c => c.CongressId == congressId && c.OfficerId == officer, cancellationToken))
        {
            return new PartyResult(false, l["Congress.Err.Duplicate"]);
        }

        db.CommitteeCandidates.Add(new CommitteeCandidate { CongressId = congressId, OfficerId = officer.Value, IsIncumbent = isIncumbent, Role = role });
        await db.SaveChangesAsync(cancellationToken);
        return PartyResult.Done;
    }

    public async Task<PartyResult> RemoveCandidateAsync(int candidateId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!await MayManageAsync(cancellationToken))
        {
            return Forbidden;
        }

        var candidate = await db.CommitteeCandidates.Include(c => c.Congress).SingleOrDefaultAsync(c => c.Id == candidateId, cancellationToken);
        if (candidate is null || candidate.Congress!.Status is CongressStatus.Held or CongressStatus.Cancelled)
        {
            return new PartyResult(false, l["Congress.Err.Closed"]);
        }

        db.CommitteeCandidates.Remove(candidate);
        await db.SaveChangesAsync(cancellationToken);
        return PartyResult.Done;
    }
}

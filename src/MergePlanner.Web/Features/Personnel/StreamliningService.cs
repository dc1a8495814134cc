using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Data.Personnel.Streamlining;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

public sealed record StreamliningCaseView(
    int Id, int OfficerId, string OfficerName, string Number, string? Unit, StreamliningReason Reason, StreamliningMeasure Measure, StreamliningStatus Status,
    string? Note, string ProposedBy, DateTime ProposedAtUtc, string? DecidedBy, string? DecisionNumber, DateOnly? DecisionDate, string? ReturnReason);

public sealed record StreamliningOfficer(
    int OfficerId, string Number, string Name, Rank Rank, Position? PlacedPosition, int? PlacedUnitId, string? PlacedUnit, string? Origin,
    DateOnly BirthDate, EarlyRetirementCheck Retirement, StreamliningCaseView? Case);

/// <summary>A position group of a unit placed above its biên chế, with the officers placed in it.</summary>
public sealed record SurplusRow(int UnitId, string UnitName, PositionGroup Group, int Authorised, int Placed, IReadOnlyList<StreamliningOfficer> Officers)
{
    public int Surplus => StreamliningRules.Surplus(Placed, Authorised);
}

public sealed record StreamliningBoard(
    StreamliningTotals Totals, IReadOnlyList<SurplusRow> Surplus, IReadOnlyList<StreamliningOfficer> EarlyRetirement, IReadOnlyList<StreamliningCaseView> Cases,
    bool MayPropose, bool MayDecide);

/// <summary>
/// Streamlining (issue 10, point 8): the officers placed above a unit's biên chế and the candidates for early retirement
/// (thresholds in personnel-rules.json), proposals by the personnel staff (early retirement, resignation, transfer out),
/// decided by leadership with the decision's number or returned with a reason; the totals before and after against the
/// merger's target (the biên chế of the new structure). Merger-wide lists: only for the people who read every unit.
/// Each method checks role, merger and the workflow's rules itself; every change is audited.
/// </summary>
public sealed class StreamliningService(
    MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, StructureSnapshot snapshot, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task<StreamliningBoard?> BoardAsync(CancellationToken cancellationToken = default)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        if (model is null || !(await scopes.GetAsync(cancellationToken)).IsAll)
        {
            return null;
        }

        var cases = await CasesAsync(cancellationToken);
        var open = cases.Where(c => c.Status != StreamliningStatus.Returned).GroupBy(c => c.OfficerId).ToDictionary(g => g.Key, g => g.First());
        var rules = PersonnelRuleBook.Default;
        var today = Today;
        var officers = (await db.Officers.AsNoTracking()
                .Select(o => new
                {
                    o.Id, o.OfficerNumber, o.FullName, o.Rank, o.Gender, o.BirthDate, o.ServiceSince, o.PlacedUnitId, o.PlacedPosition,
                    PlacedUnit = o.PlacedUnit!.Name, Origin = o.Origin!.ShortName,
                })
                .ToListAsync(cancellationToken))
            .Select(o => new StreamliningOfficer(o.Id, o.OfficerNumber, o.FullName, o.Rank, o.PlacedPosition, o.PlacedUnitId, o.PlacedUnit, o.Origin, o.BirthDate,
                StreamliningRules.EarlyRetirement(o.BirthDate, o.Rank, o.Gender, o.ServiceSince, today, rules), open.GetValueOrDefault(o.Id)))
            .ToList();
        var placed = officers.Where(o => o.PlacedUnitId is not null && o.PlacedPosition is not null).ToList();
        var byGroup = placed.ToLookup(o => (o.PlacedUnitId!.Value, StaffingRules.GroupOf(o.PlacedPosition!.Value)));

        var surplus = new List<SurplusRow>();
        foreach (var row in model.Staffing)
        {
            foreach (var group in Enum.GetValues<PositionGroup>())
            {
                var count = row.Staffing.Placed(group);
                if (row.Staffing.Quota.TryGetValue(group, out var cap) && StreamliningRules.Surplus(count, cap) > 0)
                {
                    surplus.Add(new SurplusRow(row.Unit.Id, row.Unit.Name, group, cap, count,
                        byGroup[(row.Unit.Id, group)].OrderBy(o => o.Retirement.MonthsLeft).ToList()));
                }
            }
        }

        var placedIds = placed.Select(o => o.OfficerId).ToHashSet();
        var totals = new StreamliningTotals(officers.Count, placed.Count,
            cases.Count(c => c.Status == StreamliningStatus.Approved && placedIds.Contains(c.OfficerId)),
            cases.Count(c => c.Status == StreamliningStatus.Proposed && placedIds.Contains(c.OfficerId)),
            model.Staffing.Sum(s => s.Staffing.Authorised ?? 0));
        return new StreamliningBoard(totals, surplus, placed.Where(o => o.Retirement.Candidate).OrderBy(o => o.Retirement.MonthsLeft).ToList(), cases,
            (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll,
            (await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll);
    }

    /// <summary>Proposes a measure for an officer on one of the lists; null when done, else the reason in words.</summary>
    public async Task<string?> ProposeAsync(int officerId, StreamliningReason reason, StreamliningMeasure measure, string? note, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return l["Streamlining.Err.Forbidden"];
        }

        db.ChangeTracker.Clear();
        snapshot.Reset();
        var officer = await db.Officers.AsNoTracking().SingleOrDefaultAsync(o => o.Id == officerId, cancellationToken);
        if (officer is null)
        {
            return l["Officer.NotFound"];
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return l["Streamlining.Err.Note"];
        }

        var onTheList = reason switch
        {
            StreamliningReason.EarlyRetirement => measure == StreamliningMeasure.EarlyRetirement
                && StreamliningRules.EarlyRetirement(officer.BirthDate, officer.Rank, officer.Gender, officer.ServiceSince, Today, PersonnelRuleBook.Default).Candidate,
            _ => await InSurplusAsync(officer, cancellationToken),
        };
        var hasOpen = await db.StreamliningCases.AnyAsync(c => c.OfficerId == officerId && c.Status != StreamliningStatus.Returned, cancellationToken);
        if (StreamliningRules.ProposalRefusal(hasOpen, onTheList) is { } refusal)
        {
            return l[refusal];
        }

        db.StreamliningCases.Add(new StreamliningCase
        {
            OfficerId = officerId, Reason = reason, Measure = measure, Status = StreamliningStatus.Proposed, Note = note.Trim(),
            ProposedBy = current.Name, ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        return await SaveAsync(cancellationToken);
    }

    public async Task<string?> ApproveAsync(int caseId, string? decisionNumber, DateOnly decisionDate, CancellationToken cancellationToken = default)
    {
        var (@case, refusal) = await DecidableAsync(caseId, cancellationToken);
        if (@case is null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            return l["Streamlining.Err.DecisionNumber"];
        }

        if (decisionDate.Year < @case.ProposedAtUtc.Year - 1 || decisionDate > Today.AddYears(1))
        {
            return l["Selection.Err.DecisionDate"];
        }

        (@case.Status, @case.DecidedBy, @case.DecidedAtUtc, @case.DecisionNumber, @case.DecisionDate) =
            (StreamliningStatus.Approved, current.Name, clock.GetUtcNow().UtcDateTime, decisionNumber.Trim(), decisionDate);
        return await SaveAsync(cancellationToken);
    }

    public async Task<string?> ReturnAsync(int caseId, string? reason, CancellationToken cancellationToken = default)
    {
        var (@case, refusal) = await DecidableAsync(caseId, cancellationToken);
        if (@case is null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return l["Selection.Err.ReturnReason"];
        }

        (@case.Status, @case.DecidedBy, @case.DecidedAtUtc, @case.ReturnReason) = (StreamliningStatus.Returned, current.Name, clock.GetUtcNow().UtcDateTime, reason.Trim());
        return await SaveAsync(cancellationToken);
    }

    private async Task<bool> InSurplusAsync(Officer officer, CancellationToken cancellationToken)
    {
        if (officer.PlacedUnitId is not { } unit || officer.PlacedPosition is not { } position)
        {
            return false;
        }

        var model = await snapshot.LoadAsync(cancellationToken);
        var row = model?.Staffing.FirstOrDefault(s => s.Unit.Id == unit);
        var group = StaffingRules.GroupOf(position);
        return row is not null && StreamliningRules.Surplus(row.Staffing.Placed(group), row.Staffing.Quota.TryGetValue(group, out var cap) ? cap : null) > 0;
    }

    private async Task<(StreamliningCase? Case, string? Refusal)> DecidableAsync(int caseId, CancellationToken cancellationToken)
    {
        if (!(await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll)
        {
            return (null, l["Streamlining.Err.Forbidden"]);
        }

        db.ChangeTracker.Clear();
        var @case = await db.StreamliningCases.SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (@case is null)
        {
            return (null, l["Selection.Err.NotFound"]);
        }

        return StreamliningRules.DecisionRefusal(@case, current.Name) is { } refusal ? (null, l[refusal]) : (@case, null);
    }

    private Task<List<StreamliningCaseView>> CasesAsync(CancellationToken cancellationToken) =>
        db.StreamliningCases.AsNoTracking().OrderByDescending(c => c.Id)
            .Select(c => new StreamliningCaseView(c.Id, c.OfficerId, c.Officer!.FullName, c.Officer.OfficerNumber, c.Officer.PlacedUnit!.Name, c.Reason, c.Measure, c.Status,
                c.Note, c.ProposedBy, c.ProposedAtUtc, c.DecidedBy, c.DecisionNumber, c.DecisionDate, c.ReturnReason))
            .ToListAsync(cancellationToken);

    private async Task<string?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return l["Common.Concurrency"];
        }
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

public sealed record CandidateRow(int OfficerId, string Number, string Name, Rank Rank, Position Position, string UnitName, string? Origin, int OriginId, EligibilityVerdict Verdict);

public sealed record NominationView(
    int Id, int OfficerId, string OfficerName, string? Origin, NominationStatus Status, string ProposedBy, DateTime ProposedAtUtc, string? Note,
    string? DecidedBy, DateTime? DecidedAtUtc, string? ReturnReason, string? DecisionNumber, DateOnly? DecisionDate);

/// <summary>A post with its selection: the nominations (only for the roles that may see the selection) and what the
/// person may do.</summary>
public sealed record PostDetail(PostRow Post, IReadOnlyList<NominationView>? Nominations, bool TierLocked, bool MayPropose, bool MayDecide);

/// <summary>
/// The selection workflow (issue 10, point 5): candidate pools ranked by the rules, side-by-side comparison, personnel
/// staff propose, leadership approves (decision number and date; the post is filled and the officer placed) or returns
/// with a reason, an approved list is locked per tier. Each method checks role, merger (a closed merger changes
/// nothing) and the workflow's rules (<see cref="SelectionRules"/>) itself; every change is audited.
/// </summary>
public sealed class SelectionService(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, PostService posts, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public const int PoolSize = 50;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    private bool MaySee => Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel);

    public async Task<PostDetail?> PostAsync(int postId, CancellationToken cancellationToken = default)
    {
        var row = (await posts.ListAsync(cancellationToken, postId)).SingleOrDefault();
        if (row is null)
        {
            return null;
        }

        var locked = await LockedAsync(row.Tier, cancellationToken);
        IReadOnlyList<NominationView>? nominations = null;
        if (MaySee)
        {
            nominations = await db.Nominations.AsNoTracking().Where(n => n.PostId == postId).OrderByDescending(n => n.Id)
                .Select(n => new NominationView(n.Id, n.OfficerId, n.Officer!.FullName, n.Officer.Origin!.ShortName, n.Status, n.ProposedBy, n.ProposedAtUtc, n.Note,
                    n.DecidedBy, n.DecidedAtUtc, n.ReturnReason, n.DecisionNumber, n.DecisionDate))
                .ToListAsync(cancellationToken);
        }

        var open = row.Status is PostStatus.Vacant && !locked;
        return new PostDetail(row, nominations, locked,
            open && (await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll,
            row.Status is PostStatus.Proposed && !locked && (await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll);
    }

    /// <summary>The officers of the merger judged for the post, best first (fewest failed rules, then fewest warnings,
    /// then seniority); a search (name or officer number, with or without diacritics) looks among all of them. Null for
    /// the roles that may not see the verdicts.</summary>
    public async Task<IReadOnlyList<CandidateRow>?> PoolAsync(int postId, int? originId = null, bool onlyEligible = false, IReadOnlyCollection<int>? officerIds = null, string? search = null, CancellationToken cancellationToken = default)
    {
        if (!MaySee || await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => new { p.Position, p.HolderId }).SingleOrDefaultAsync(cancellationToken) is not { } post)
        {
            return null;
        }

        var candidates = await CandidateFactsQuery.ForOfficersAsync(db, officerIds, cancellationToken);
        var names = await db.Officers.AsNoTracking().Where(o => officerIds == null || officerIds.Contains(o.Id))
            .Select(o => new { o.Id, o.OfficerNumber, o.FullName, o.SearchText, Unit = o.Unit!.Name, Origin = o.Origin!.ShortName }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var folded = Data.Common.VietnameseText.Fold(search);
        var engine = EligibilityEngine.Default;
        return candidates.Values
            .Where(c => c.OfficerId != post.HolderId && (originId is null || c.OriginId == originId)
                && (folded.Length == 0 || names[c.OfficerId].SearchText.Contains(folded, StringComparison.Ordinal)))
            .Select(c => (Candidate: c, Verdict: engine.Evaluate(c.Facts, post.Position, Today)))
            .Where(x => !onlyEligible || x.Verdict.Outcome != RuleOutcome.Fail)
            .OrderBy(x => x.Verdict.Fails).ThenBy(x => x.Verdict.Warnings).ThenByDescending(x => x.Candidate.Facts.Rank).ThenBy(x => x.Candidate.Facts.BirthDate)
            .Take(officerIds is null ? PoolSize : int.MaxValue)
            .Select(x => new CandidateRow(x.Candidate.OfficerId, names[x.Candidate.OfficerId].OfficerNumber, names[x.Candidate.OfficerId].FullName, x.Candidate.Facts.Rank,
                x.Candidate.Facts.Position, names[x.Candidate.OfficerId].Unit, names[x.Candidate.OfficerId].Origin, x.Candidate.OriginId, x.Verdict))
            .ToList();
    }

    public async Task<string?> ProposeAsync(int postId, int officerId, string? note, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return l["Selection.Err.Forbidden"];
        }

        db.ChangeTracker.Clear();
        var post = await db.Posts.SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null || !await db.Officers.AnyAsync(o => o.Id == officerId, cancellationToken))
        {
            return l["Selection.Err.NotFound"];
        }

        if (SelectionRules.ProposalRefusal(post, await LockedAsync(TierOf(post.Position), cancellationToken), officerId) is { } refusal)
        {
            return l[refusal];
        }

        db.Nominations.Add(new Nomination
        {
            PostId = postId, OfficerId = officerId, Status = NominationStatus.Proposed, ProposedBy = current.Name, ProposedAtUtc = clock.GetUtcNow().UtcDateTime,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        });
        post.Status = PostStatus.Proposed;
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Approves a proposal: the post gets its holder (filled from the decision's date), a post the officer held
    /// before is vacated, and the officer is placed in the post's unit and position — in one transaction.</summary>
    public async Task<string?> ApproveAsync(int nominationId, string decisionNumber, DateOnly decisionDate, CancellationToken cancellationToken = default)
    {
        var (nomination, refusal) = await DecidableAsync(nominationId, cancellationToken);
        if (nomination is null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(decisionNumber))
        {
            return l["Selection.Err.DecisionNumber"];
        }

        // A decision of the merger's years: not before the proposal's year, at most a year ahead.
        if (decisionDate.Year < nomination.ProposedAtUtc.Year - 1 || decisionDate > Today.AddYears(1))
        {
            return l["Selection.Err.DecisionDate"];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var post = await db.Posts.SingleAsync(p => p.Id == nomination.PostId, cancellationToken);
        foreach (var held in await db.Posts.Where(p => p.HolderId == nomination.OfficerId && p.Id != post.Id).ToListAsync(cancellationToken))
        {
            // Promoted from a post of the new structure: that post opens for its own selection.
            (held.HolderId, held.Status, held.DecisionNumber, held.DecidedOn) = (null, PostStatus.Vacant, null, null);
        }

        await db.SaveChangesAsync(cancellationToken);
        (post.HolderId, post.Status, post.DecisionNumber, post.DecidedOn) = (nomination.OfficerId, SelectionRules.AfterApproval(decisionDate, Today), decisionNumber.Trim(), decisionDate);
        (nomination.Status, nomination.DecidedBy, nomination.DecidedAtUtc, nomination.DecisionNumber, nomination.DecisionDate) =
            (NominationStatus.Approved, current.Name, clock.GetUtcNow().UtcDateTime, decisionNumber.Trim(), decisionDate);
        var officer = await db.Officers.SingleAsync(o => o.Id == nomination.OfficerId, cancellationToken);
        db.PlacementRecords.Add(new Data.Personnel.Placement.PlacementRecord
        {
            OfficerId = officer.Id, Kind = Data.Personnel.Placement.PlacementKind.Appointment, FromUnitId = officer.PlacedUnitId, FromPosition = officer.PlacedPosition,
            ToUnitId = post.UnitId, ToPosition = post.Position, Reason = $"{decisionNumber.Trim()} ({Components.Shared.Format.Date(decisionDate)})",
            UserName = current.Name, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        (officer.PlacedUnitId, officer.PlacedPosition) = (post.UnitId, post.Position);
        var error = await SaveAsync(cancellationToken);
        if (error is null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return error;
    }

    public async Task<string?> ReturnAsync(int nominationId, string reason, CancellationToken cancellationToken = default)
    {
        var (nomination, refusal) = await DecidableAsync(nominationId, cancellationToken);
        if (nomination is null)
        {
            return refusal;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return l["Selection.Err.ReturnReason"];
        }

        var post = await db.Posts.SingleAsync(p => p.Id == nomination.PostId, cancellationToken);
        post.Status = PostStatus.Vacant;
        (nomination.Status, nomination.DecidedBy, nomination.DecidedAtUtc, nomination.ReturnReason) = (NominationStatus.Returned, current.Name, clock.GetUtcNow().UtcDateTime, reason.Trim());
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Locks the approved list of a tier: only once nothing in it waits for a decision.</summary>
    public async Task<string?> LockAsync(string tier, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll)
        {
            return l["Selection.Err.Forbidden"];
        }

        var rows = (await posts.ListAsync(cancellationToken)).Where(p => p.Tier == tier).ToList();
        if (rows.Count == 0)
        {
            return l["Selection.Err.NotFound"];
        }

        if (rows.Any(p => p.Status == PostStatus.Proposed))
        {
            return l["Selection.Err.PendingInList"];
        }

        if (await LockedAsync(tier, cancellationToken))
        {
            return null;
        }

        db.AppointmentListLocks.Add(new AppointmentListLock { Tier = tier, LockedBy = current.Name, LockedAtUtc = clock.GetUtcNow().UtcDateTime });
        return await SaveAsync(cancellationToken);
    }

    public Task<bool> LockedAsync(string tier, CancellationToken cancellationToken = default) => db.AppointmentListLocks.AnyAsync(x => x.Tier == tier, cancellationToken);

    private string TierOf(Position position) => EligibilityEngine.Default.Rules.TierFor(position, Today).Tier;

    private async Task<(Nomination? Nomination, string? Refusal)> DecidableAsync(int nominationId, CancellationToken cancellationToken)
    {
        if (!(await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll)
        {
            return (null, l["Selection.Err.Forbidden"]);
        }

        db.ChangeTracker.Clear();
        var nomination = await db.Nominations.Include(n => n.Post).SingleOrDefaultAsync(n => n.Id == nominationId, cancellationToken);
        if (nomination is null)
        {
            return (null, l["Selection.Err.NotFound"]);
        }

        var refusal = SelectionRules.DecisionRefusal(nomination, await LockedAsync(TierOf(nomination.Post!.Position), cancellationToken), current.Name);
        return refusal is null ? (nomination, null) : (null, l[refusal]);
    }

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
        catch (DbUpdateException e) when (Data.UniqueViolation.Is(e))
        {
            return l["Selection.Err.PostTaken"];
        }
    }
}

using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Personnel.Support;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

public sealed record SupportRow(
    int OfficerId, string Number, string Name, string? Origin, string UnitName, decimal? CommuteKm, int Days, bool OwnsHouse, bool OfficialHousing, SupportLine Line,
    bool HasMonth = false, bool NeedsHousing = false, bool NeedsMeals = false, bool NeedsTransport = false)
{
    public AttendanceEdit Edit => new(Days, OwnsHouse, OfficialHousing, NeedsHousing, NeedsMeals, NeedsTransport);
}

/// <summary>An officer's month as entered: days at the new centre, the exclusions, the welfare needs.</summary>
public sealed record AttendanceEdit(int Days, bool OwnsHouse, bool OfficialHousing, bool NeedsHousing = false, bool NeedsMeals = false, bool NeedsTransport = false)
{
    public void ApplyTo(SupportAttendance row) =>
        (row.DaysWorked, row.OwnsHouseNearby, row.HasOfficialHousing, row.NeedsHousing, row.NeedsMeals, row.NeedsTransport) =
        (Days, OwnsHouse, OfficialHousing, NeedsHousing, NeedsMeals, NeedsTransport);
}

public sealed record SupportReturnView(string By, DateTime AtUtc, string Reason);

public sealed record SupportApprovalView(string By, DateTime AtUtc, decimal Total, int Lines);

/// <summary>A month's support list under a policy: every officer the policy names, their month, the amount, the total.</summary>
public sealed record SupportMonth(SupportPolicy Policy, int Year, int Month, IReadOnlyList<SupportRow> Rows, SupportApprovalView? Approved, IReadOnlyList<SupportReturnView>? Returns = null)
{
    /// <summary>The officers with the month on record (the others have worked no day there that month).</summary>
    public int WithMonth => Rows.Count(r => r.HasMonth);

    public decimal Total => Rows.Sum(r => r.Line.Amount);

    public int Eligible => Rows.Count(r => r.Line.Eligible);
}

/// <summary>
/// The monthly support of officers working away from home (issue 10, point 9): personnel staff enter each officer's
/// month (days at the new centre, exclusions), the list is computed by <see cref="SupportCalculator"/> under the
/// merger's policies, leadership approve it and the approved lines are frozen. Payments are personal: only the roles
/// that see sensitive personnel data read the list. Each method checks role and merger itself.
/// </summary>
public sealed class SupportService(MergePlannerDbContext db, UnitScopeService scopes, CurrentUser current, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public bool MaySee => Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel);

    public async Task<IReadOnlyList<SupportPolicy>> PoliciesAsync(CancellationToken cancellationToken = default) =>
        SupportPolicies.For(await db.Mergers.AsNoTracking().Select(m => m.ProvinceCode).SingleOrDefaultAsync(cancellationToken));

    public async Task<SupportMonth?> MonthAsync(string policyCode, int year, int month, CancellationToken cancellationToken = default)
    {
        if (!MaySee || (await PoliciesAsync(cancellationToken)).SingleOrDefault(p => p.Code == policyCode) is not { } policy)
        {
            return null;
        }

        var sources = await db.MergerSources.AsNoTracking().Select(s => new { s.UnitId, s.Unit!.Name }).ToListAsync(cancellationToken);
        var origins = sources.Where(s => policy.OriginNames.Any(n => Data.Common.VietnameseText.Fold(s.Name).Contains(Data.Common.VietnameseText.Fold(n), StringComparison.Ordinal)))
            .Select(s => s.UnitId).ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => origins.Contains(o.OriginId)).OrderBy(o => o.OfficerNumber)
            .Select(o => new { o.Id, o.OfficerNumber, o.FullName, Origin = o.Origin!.Name, Unit = o.PlacedUnit != null ? o.PlacedUnit.Name : o.Unit!.Name, o.CommuteKm }).ToListAsync(cancellationToken);
        var attendance = await db.SupportAttendances.AsNoTracking().Where(a => a.Year == year && a.Month == month).ToDictionaryAsync(a => a.OfficerId, cancellationToken);
        var index = (year * 12) + month;
        var paid = (await db.SupportApprovals.AsNoTracking().Where(a => a.PolicyCode == policyCode && (a.Year * 12) + a.Month < index)
            .SelectMany(a => a.Lines).Where(x => x.Amount > 0).Select(x => x.OfficerId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        var rows = officers.Select(o =>
        {
            var a = attendance.GetValueOrDefault(o.Id);
            var line = SupportCalculator.ForMonth(policy, new SupportCase(o.Origin, o.CommuteKm, a?.OwnsHouseNearby ?? false, a?.HasOfficialHousing ?? false, a?.DaysWorked ?? 0, paid.Contains(o.Id)), year, month);
            return new SupportRow(o.Id, o.OfficerNumber, o.FullName, o.Origin, o.Unit, o.CommuteKm, a?.DaysWorked ?? 0, a?.OwnsHouseNearby ?? false, a?.HasOfficialHousing ?? false, line,
                a is not null, a?.NeedsHousing ?? false, a?.NeedsMeals ?? false, a?.NeedsTransport ?? false);
        }).ToList();
        var approved = await db.SupportApprovals.AsNoTracking().Where(a => a.PolicyCode == policyCode && a.Year == year && a.Month == month)
            .Select(a => new SupportApprovalView(a.ApprovedBy, a.ApprovedAtUtc, a.Total, a.Lines.Count)).SingleOrDefaultAsync(cancellationToken);
        var returns = await db.SupportReturns.AsNoTracking().Where(r => r.PolicyCode == policyCode && r.Year == year && r.Month == month).OrderByDescending(r => r.Id)
            .Select(r => new SupportReturnView(r.ReturnedBy, r.ReturnedAtUtc, r.Reason)).ToListAsync(cancellationToken);
        return new SupportMonth(policy, year, month, rows, approved, returns);
    }

    /// <summary>Records an officer's month; refused once any list of that month is approved (it is frozen).</summary>
    public async Task<string?> SetAttendanceAsync(int officerId, int year, int month, AttendanceEdit edit, CancellationToken cancellationToken = default)
    {
        var days = edit.Days;
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return l["Support.Err.Forbidden"];
        }

        if (Welfare.MaxDays(year, month) is not { } most || days < 0 || days > most)
        {
            return string.Format(CultureInfo.CurrentCulture, l["Support.Err.Days"], Welfare.MaxDays(year, month) ?? 31);
        }

        if (await db.SupportApprovals.AnyAsync(a => a.Year == year && a.Month == month, cancellationToken))
        {
            return l["Support.Err.Approved"];
        }

        db.ChangeTracker.Clear();
        if (!await db.Officers.AnyAsync(o => o.Id == officerId, cancellationToken))
        {
            return l["Officer.NotFound"];
        }

        var row = await db.SupportAttendances.SingleOrDefaultAsync(a => a.OfficerId == officerId && a.Year == year && a.Month == month, cancellationToken);
        if (row is null)
        {
            db.SupportAttendances.Add(row = new SupportAttendance { OfficerId = officerId, Year = year, Month = month });
        }

        edit.ApplyTo(row);

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Approves a month's list as computed now: the eligible lines are frozen with the total.</summary>
    public async Task<string?> ApproveAsync(string policyCode, int year, int month, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll)
        {
            return l["Support.Err.Forbidden"];
        }

        if (await MonthAsync(policyCode, year, month, cancellationToken) is not { } list)
        {
            return l["Support.Err.Forbidden"];
        }

        if (list.Approved is not null)
        {
            return l["Support.Err.Approved"];
        }

        db.SupportApprovals.Add(new SupportApproval
        {
            PolicyCode = policyCode, Year = year, Month = month, Total = list.Total, ApprovedBy = current.Name, ApprovedAtUtc = clock.GetUtcNow().UtcDateTime,
            Lines = list.Rows.Where(r => r.Line.Eligible).Select(r => new SupportApprovalLine { OfficerId = r.OfficerId, Amount = r.Line.Amount }).ToList(),
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Returns a month's draft list to the personnel staff for correction, with the reason; refused once approved.</summary>
    public async Task<string?> ReturnAsync(string policyCode, int year, int month, string? reason, CancellationToken cancellationToken = default)
    {
        // Only whether the month is approved matters here: the list itself is not computed again.
        if (!(await scopes.GetWritableAsync(AppAction.ApproveAppointments, cancellationToken)).IsAll || !MaySee
            || (await PoliciesAsync(cancellationToken)).All(p => p.Code != policyCode))
        {
            return l["Support.Err.Forbidden"];
        }

        if (await db.SupportApprovals.AnyAsync(a => a.PolicyCode == policyCode && a.Year == year && a.Month == month, cancellationToken))
        {
            return l["Support.Err.Approved"];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return l["Selection.Err.ReturnReason"];
        }

        db.SupportReturns.Add(new SupportReturn
        {
            PolicyCode = policyCode, Year = year, Month = month, Reason = reason.Trim(), ReturnedBy = current.Name, ReturnedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The month's welfare needs of the officers on the list against the dormitories, canteens and shuttle vehicles
    /// the merger's asset register holds (in use or unused, not missing, surplus or awaiting liquidation).</summary>
    public async Task<IReadOnlyList<WelfareLine>?> WelfareAsync(SupportMonth month, CancellationToken cancellationToken = default)
    {
        if (!MaySee)
        {
            return null;
        }

        var usable = new[] { Data.Inventory.AssetStatus.InUse, Data.Inventory.AssetStatus.Unused, Data.Inventory.AssetStatus.UnderRepair, Data.Inventory.AssetStatus.AwaitingTransfer };
        var facilities = await db.Assets.AsNoTracking().Where(a => a.Facility != null && a.Capacity != null && usable.Contains(a.Status))
            .Select(a => new { Facility = a.Facility!.Value, Capacity = a.Capacity!.Value }).ToListAsync(cancellationToken);
        return Welfare.Plan(month.Rows.Count(r => r.NeedsHousing), month.Rows.Count(r => r.NeedsMeals), month.Rows.Count(r => r.NeedsTransport),
            facilities.Select(f => (f.Facility, f.Capacity)));
    }
}

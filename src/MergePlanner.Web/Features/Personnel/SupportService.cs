using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Personnel.Support;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

public sealed record SupportRow(int OfficerId, string Number, string Name, string? Origin, string UnitName, decimal? CommuteKm, int Days, bool OwnsHouse, bool OfficialHousing, SupportLine Line);

public sealed record SupportApprovalView(string By, DateTime AtUtc, decimal Total, int Lines);

/// <summary>A month's support list under a policy: every officer the policy names, their month, the amount, the total.</summary>
public sealed record SupportMonth(SupportPolicy Policy, int Year, int Month, IReadOnlyList<SupportRow> Rows, SupportApprovalView? Approved)
{
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
            return new SupportRow(o.Id, o.OfficerNumber, o.FullName, o.Origin, o.Unit, o.CommuteKm, a?.DaysWorked ?? 0, a?.OwnsHouseNearby ?? false, a?.HasOfficialHousing ?? false, line);
        }).ToList();
        var approved = await db.SupportApprovals.AsNoTracking().Where(a => a.PolicyCode == policyCode && a.Year == year && a.Month == month)
            .Select(a => new SupportApprovalView(a.ApprovedBy, a.ApprovedAtUtc, a.Total, a.Lines.Count)).SingleOrDefaultAsync(cancellationToken);
        return new SupportMonth(policy, year, month, rows, approved);
    }

    /// <summary>Records an officer's month; refused once any list of that month is approved (it is frozen).</summary>
    public async Task<string?> SetAttendanceAsync(int officerId, int year, int month, int days, bool ownsHouse, bool officialHousing, CancellationToken cancellationToken = default)
    {
        if (!(await scopes.GetWritableAsync(AppAction.EditPersonnel, cancellationToken)).IsAll)
        {
            return l["Support.Err.Forbidden"];
        }

        if (month is < 1 or > 12 || year is < 2020 or > 2100 || days < 0 || days > DateTime.DaysInMonth(year, month))
        {
            return string.Format(CultureInfo.CurrentCulture, l["Support.Err.Days"], month is >= 1 and <= 12 && year is >= 2020 and <= 2100 ? DateTime.DaysInMonth(year, month) : 31);
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
            db.SupportAttendances.Add(new SupportAttendance { OfficerId = officerId, Year = year, Month = month, DaysWorked = days, OwnsHouseNearby = ownsHouse, HasOfficialHousing = officialHousing });
        }
        else
        {
            (row.DaysWorked, row.OwnsHouseNearby, row.HasOfficialHousing) = (days, ownsHouse, officialHousing);
        }

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
}

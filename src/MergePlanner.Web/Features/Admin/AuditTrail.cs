using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Auditing;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Admin;

/// <summary>What the audit viewer is asked for: a person (user name, part of it), a unit (and the units below it), a
/// kind of record, a period (local days, both included).</summary>
public sealed record AuditFilter(string? Person, string? UnitCode, string? Entity, DateOnly? From, DateOnly? To);

public sealed record AuditRow(long Id, DateTime AtLocal, string UserName, string Entity, string Key, string Action, string? Unit, string? Before, string? After);

public sealed record AuditResult(IReadOnlyList<AuditRow> Rows, int Total, int Page, string? Error = null);

/// <summary>
/// The audit trail of a merger, read: every change of an audited row (who, when, what, before and after), filtered by
/// person, unit, kind of record and period, paged in SQL, exported as XLSX. For the roles that may see every value it
/// holds (<see cref="AppAction.ViewAudit"/> — sensitive personnel values included), within the merger they work in;
/// the national data (accounts of national roles, the playbook) to administrators only. Checked here, for the page and
/// the file alike.
/// </summary>
public sealed class AuditTrail(MergePlannerDbContext db, CurrentUser current, MergerContext mergers, TimeProvider clock)
{
    public const int ExportLimit = 50_000;

    public bool MayRead => current.Principal is { } user && Permissions.Allows(user, AppAction.ViewAudit);

    /// <summary>The kinds of record the trail holds, for the filter.</summary>
    public async Task<IReadOnlyList<string>> EntitiesAsync(CancellationToken cancellationToken = default) =>
        MayRead ? await Scoped(await mergers.CurrentAsync(cancellationToken)).Select(a => a.EntityType).Distinct().OrderBy(e => e).ToListAsync(cancellationToken) : [];

    public async Task<AuditResult> PageAsync(AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var (query, error) = await QueryAsync(filter, cancellationToken);
        if (query is null)
        {
            return new AuditResult([], 0, 1, error);
        }

        var size = Paging.GridPageSize(pageSize);
        var total = await query.CountAsync(cancellationToken);
        var number = Math.Clamp(page, 1, Math.Max(1, (total + size - 1) / size));
        var rows = await Rows(query.OrderByDescending(a => a.Id).Skip((number - 1) * size).Take(size), cancellationToken);
        return new AuditResult(rows, total, number);
    }

    /// <summary>The filtered trail as a list document (the newest first, at most <see cref="ExportLimit"/> rows); null when
    /// the person may not read it.</summary>
    public async Task<ListDocument?> ExportAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var (query, _) = await QueryAsync(filter, cancellationToken);
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (query is null || merger is null)
        {
            return null;
        }

        var rows = await Rows(query.OrderByDescending(a => a.Id).Take(ExportLimit), cancellationToken);
        var header = new DocumentHeader("Bộ Công an", merger.Target.Name, DocumentOptions.Blank("TK-PV01"), Signatories.PlaceOf(merger.Target), DateOnly.FromDateTime(clock.GetLocalNow().Date),
            "Danh sách", "Nhật ký thay đổi dữ liệu");
        return new ListDocument("nhat-ky-thay-doi", header,
            [Describe(filter)],
            [new("Thời điểm", 1.3), new("Người thực hiện", 1), new("Loại dữ liệu", 1), new("Mã", 0.7), new("Thao tác", 0.8), new("Đơn vị", 1.4), new("Trước", 3), new("Sau", 3)],
            rows.Select(r => new ListRow([r.AtLocal.ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture), r.UserName, r.Entity, r.Key, r.Action, r.Unit, r.Before, r.After])).ToList(),
            [], [], new SignatureBlock(string.Empty, string.Empty, null, null)) { Landscape = true };
    }

    private static string Describe(AuditFilter f) =>
        $"Điều kiện lọc: người thực hiện {f.Person ?? "(tất cả)"}; đơn vị {f.UnitCode ?? "(tất cả)"}; loại dữ liệu {f.Entity ?? "(tất cả)"}; từ ngày {(f.From is { } a ? Format.Date(a) : "…")} đến ngày {(f.To is { } b ? Format.Date(b) : "…")}.";

    private IQueryable<AuditEntry> Scoped(MergerInfo? merger)
    {
        var isAdmin = current.Principal?.IsInRole(Data.Identity.Roles.Admin) == true;
        var id = merger?.Id;
        return db.AuditEntries.AsNoTracking().Where(a => a.MergerId == id || (isAdmin && a.MergerId == null));
    }

    private async Task<(IQueryable<AuditEntry>? Query, string? Error)> QueryAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        if (!MayRead)
        {
            return (null, null);
        }

        var merger = await mergers.CurrentAsync(cancellationToken);
        var query = Scoped(merger);
        if (filter.Person?.Trim() is { Length: > 0 } person)
        {
            var lower = person.ToLowerInvariant();
            query = query.Where(a => a.UserName.ToLower().Contains(lower));
        }

        if (filter.Entity?.Trim() is { Length: > 0 } entity)
        {
            query = query.Where(a => a.EntityType == entity);
        }

        if (filter.UnitCode?.Trim() is { Length: > 0 } code)
        {
            var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId, u.Code }).ToListAsync(cancellationToken);
            if (units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase)) is not { } unit)
            {
                return (null, $"Không có đơn vị mã \"{code}\".");
            }

            var below = UnitScope.Subtree(unit.Id, units.Select(u => (u.Id, u.ParentId))).UnitIds.ToList();
            query = query.Where(a => a.UnitId != null && below.Contains(a.UnitId.Value));
        }

        // Local days to UTC instants: "to" includes the whole of its day.
        var zone = clock.LocalTimeZone;
        if (filter.From is { } from)
        {
            var start = TimeZoneInfo.ConvertTimeToUtc(from.ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(a => a.AtUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = TimeZoneInfo.ConvertTimeToUtc(to.AddDays(1).ToDateTime(TimeOnly.MinValue), zone);
            query = query.Where(a => a.AtUtc < end);
        }

        return (query, null);
    }

    private async Task<IReadOnlyList<AuditRow>> Rows(IQueryable<AuditEntry> query, CancellationToken cancellationToken)
    {
        var entries = await query.ToListAsync(cancellationToken);
        var unitIds = entries.Where(e => e.UnitId != null).Select(e => e.UnitId!.Value).Distinct().ToList();
        var names = await db.Units.AsNoTracking().IgnoreQueryFilters().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var zone = clock.LocalTimeZone;
        return entries.Select(e => new AuditRow(e.Id, TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(e.AtUtc, DateTimeKind.Utc), zone), e.UserName, e.EntityType, e.EntityKey,
            e.Action, e.UnitId is { } u ? names.GetValueOrDefault(u) : null, e.Before, e.After)).ToList();
    }
}

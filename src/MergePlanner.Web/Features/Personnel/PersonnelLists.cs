using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.Data.Personnel.Posts;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Personnel;

public enum PersonnelList
{
    /// <summary>Danh sách đề nghị bổ nhiệm: the proposals waiting for leadership, with each candidate's verdict.</summary>
    Proposals,

    /// <summary>Danh sách bổ nhiệm: the posts filled or approved, with the decisions.</summary>
    Approved,

    /// <summary>Danh sách bố trí: one unit's officers, or every unit's counts.</summary>
    Placement,

    /// <summary>Báo cáo cân đối giữa các địa phương.</summary>
    Balance,

    /// <summary>Danh sách hỗ trợ tháng.</summary>
    Support,
}

/// <summary>What a list is asked for: a tier of posts, a unit, a support policy and month.</summary>
public sealed record PersonnelListRequest(string? Tier = null, int? UnitId = null, string? Policy = null, int? Year = null, int? Month = null);

/// <summary>
/// The printed lists of the personnel work (issue 10, point 10), built once as a <see cref="ListDocument"/> each and
/// rendered as PDF, print view and XLSX. Every figure comes from the service the page shows it from (posts, balance,
/// support, staffing, placement), so a list never disagrees with its page. Who may have a list is the page's rule: the
/// proposals carry each candidate's verdict (read from discipline, ratings and votes) and the support list personal
/// payments — only the roles that see sensitive personnel data get them; the others get null (403).
/// </summary>
public sealed class PersonnelLists(
    MergePlannerDbContext db, MergerContext mergers, CurrentUser current, UnitScopeService scopes, PostService posts, BalanceService balance,
    SupportService support, PlacementService placement, StructureSnapshot snapshot, TimeProvider clock, IStringLocalizer<SharedResource> l, Signatories signatories, DocumentOptions options)
{
    private static readonly string[] Recipients = ["- Ban Giám đốc;", "- Phòng Tổ chức cán bộ;", "- Lưu: VT, PX01."];

    public static PersonnelList? Parse(string? slug) => slug switch
    {
        "de-nghi-bo-nhiem" => PersonnelList.Proposals,
        "bo-nhiem" => PersonnelList.Approved,
        "bo-tri" => PersonnelList.Placement,
        "can-doi" => PersonnelList.Balance,
        "ho-tro" => PersonnelList.Support,
        _ => null,
    };

    public static string Slug(PersonnelList list) => list switch
    {
        PersonnelList.Proposals => "de-nghi-bo-nhiem",
        PersonnelList.Approved => "bo-nhiem",
        PersonnelList.Placement => "bo-tri",
        PersonnelList.Balance => "can-doi",
        _ => "ho-tro",
    };

    /// <summary>The address of a list (print view, or the file with ".pdf"/".xlsx"), its request in the query.</summary>
    public static string Url(PersonnelList list, PersonnelListRequest request, string? extension = null)
    {
        var query = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("tier", request.Tier);
        Add("unit", request.UnitId);
        Add("policy", request.Policy);
        Add("year", request.Year);
        Add("month", request.Month);
        var path = extension is null ? $"personnel/lists/{Slug(list)}/print" : $"personnel/lists/{Slug(list)}{extension}";
        return query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
    }

    /// <summary>The list, or null when the person may not have it or it names nothing that exists.</summary>
    public async Task<ListDocument?> BuildAsync(PersonnelList list, PersonnelListRequest request, CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        using var culture = DocumentCulture.Enter();
        var document = list switch
        {
            PersonnelList.Proposals => await ProposalsAsync(merger, request, cancellationToken),
            PersonnelList.Approved => await ApprovedAsync(merger, request, cancellationToken),
            PersonnelList.Placement when request.UnitId is { } unit => await UnitPlacementAsync(merger, unit, cancellationToken),
            PersonnelList.Placement => await PlacementSummaryAsync(merger, cancellationToken),
            PersonnelList.Balance => await BalanceAsync(merger, cancellationToken),
            _ => await SupportAsync(merger, request, cancellationToken),
        };

        // Signed by order of the Director by the head of the personnel department (Phòng Tổ chức cán bộ, PX01).
        return await Signatories.SignAsync(document, () => signatories.HeadOfDepartmentAsync(merger.Target.Id, "PX01", cancellationToken));
    }

    private bool MaySeeSensitive => Permissions.Allows(current.Principal, AppAction.ViewSensitivePersonnel);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    private DocumentHeader Header(MergerInfo merger, string symbol, string type, string summary) =>
        new("Bộ Công an", merger.Target.Name, options.NumberOf(symbol, symbol), Signatories.PlaceOf(merger.Target), Today, type, summary);

    private static SignatureBlock PersonnelHead => new("TL. Giám đốc", "Trưởng phòng Tổ chức cán bộ", null, "(Ký, ghi rõ họ tên)");

    private string TierName(string tier) => l[$"PostTier.{tier}"].Value;

    private async Task<ListDocument?> ProposalsAsync(MergerInfo merger, PersonnelListRequest request, CancellationToken cancellationToken)
    {
        if (!MaySeeSensitive)
        {
            return null;
        }

        var rules = EligibilityEngine.Default.Rules;
        var nominations = await db.Nominations.AsNoTracking().Where(n => n.Status == NominationStatus.Proposed)
            .Select(n => new
            {
                n.OfficerId, n.Officer!.FullName, n.Officer.OfficerNumber, n.Officer.BirthDate, n.Officer.Rank, n.Officer.Position, Unit = n.Officer.Unit!.Name,
                Origin = n.Officer.Origin!.ShortName, PostPosition = n.Post!.Position, n.Post.Ordinal, PostUnit = n.Post.Unit!.Name, n.Post.Unit.SortOrder, n.ProposedBy, n.Note,
            })
            .ToListAsync(cancellationToken);
        var rows = nominations.Select(n => new { n, Tier = rules.TierFor(n.PostPosition, Today).Tier })
            .Where(x => request.Tier is null || x.Tier == request.Tier).ToList();
        var facts = await CandidateFactsQuery.ForOfficersAsync(db, rows.Select(r => r.n.OfficerId).Distinct().ToList(), cancellationToken);
        var engine = EligibilityEngine.Default;
        var table = new List<ListRow>();
        var number = 0;
        foreach (var tier in Ordered(rows.Select(r => r.Tier)))
        {
            table.Add(Group(TierName(tier), 9));
            foreach (var x in rows.Where(r => r.Tier == tier).OrderBy(r => r.n.SortOrder).ThenBy(r => r.n.PostUnit, StringComparer.Ordinal).ThenBy(r => r.n.PostPosition).ThenBy(r => r.n.Ordinal))
            {
                var verdict = engine.Evaluate(facts[x.n.OfficerId].Facts, x.n.PostPosition, Today);
                table.Add(new ListRow([
                    ++number, $"{x.n.FullName} ({x.n.OfficerNumber})", x.n.BirthDate.Year, l[$"Rank.{x.n.Rank}"].Value,
                    $"{l[$"Position.{x.n.Position}"].Value}, {x.n.Unit}", x.n.Origin, $"{l[$"Position.{x.n.PostPosition}"].Value}, {x.n.PostUnit}",
                    Verdict(verdict), x.n.Note,
                ]));
            }
        }

        // Proposals are not yet decided: a draft.
        var header = Header(merger, "DS-PX01", "Danh sách", request.Tier is null
            ? "Cán bộ đề nghị bổ nhiệm chức vụ lãnh đạo, chỉ huy sau hợp nhất"
            : $"Cán bộ đề nghị bổ nhiệm: {TierName(request.Tier)}") with { Draft = true };
        return new ListDocument("danh-sach-de-nghi-bo-nhiem", header,
            [
                $"Căn cứ tiêu chuẩn, điều kiện bổ nhiệm chức vụ lãnh đạo, chỉ huy trong Công an nhân dân và kết quả đánh giá của {merger.Target.Name}, Phòng Tổ chức cán bộ đề nghị Ban Giám đốc xem xét bổ nhiệm {Format.Number(number)} đồng chí có tên sau:",
            ],
            [
                new("STT", 0.65, ListCellKind.Number), new("Họ và tên (số hiệu)", 2), new("Năm sinh", 0.8, ListCellKind.Plain), new("Cấp bậc", 1.2),
                new("Chức vụ, đơn vị hiện tại", 2.2), new("Địa phương", 1.05), new("Đề nghị bổ nhiệm", 2.2), new("Đánh giá tiêu chuẩn", 2.8), new("Ghi chú", 1.6),
            ],
            table,
            ["Đánh giá tiêu chuẩn: kết quả đối chiếu của hệ thống theo bộ tiêu chí đang áp dụng cho nhóm chức danh; tài liệu mật về cán bộ, chỉ lưu hành trong cấp ủy, lãnh đạo và Phòng Tổ chức cán bộ."],
            Recipients, PersonnelHead);
    }

    private string Verdict(EligibilityVerdict verdict)
    {
        var fails = verdict.Results.Where(r => r.Outcome == RuleOutcome.Fail).Select(r => EligibilityText.Reason(r, l)).ToList();
        var warns = verdict.Results.Where(r => r.Outcome == RuleOutcome.Warn).Select(r => EligibilityText.Reason(r, l)).ToList();
        var parts = new List<string>();
        if (fails.Count > 0)
        {
            parts.Add($"Không đạt: {string.Join("; ", fails)}");
        }

        if (warns.Count > 0)
        {
            parts.Add($"Lưu ý: {string.Join("; ", warns)}");
        }

        return parts.Count == 0 ? "Đạt các tiêu chuẩn" : string.Join(". ", parts);
    }

    private async Task<ListDocument?> ApprovedAsync(MergerInfo merger, PersonnelListRequest request, CancellationToken cancellationToken)
    {
        var rows = (await posts.ListAsync(cancellationToken))
            .Where(p => p.HolderId is not null && p.Status is PostStatus.Approved or PostStatus.Filled && (request.Tier is null || p.Tier == request.Tier)).ToList();
        var ids = rows.Select(r => r.HolderId!.Value).ToList();
        var holders = await db.Officers.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.OfficerNumber, o.BirthDate, o.Rank }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var locks = await db.AppointmentListLocks.AsNoTracking().ToDictionaryAsync(x => x.Tier, cancellationToken);
        var table = new List<ListRow>();
        var number = 0;
        foreach (var tier in Ordered(rows.Select(r => r.Tier)))
        {
            table.Add(Group(locks.TryGetValue(tier, out var locked) ? $"{TierName(tier)} (danh sách đã chốt ngày {Format.Date(DateOnly.FromDateTime(locked.LockedAtUtc))})" : TierName(tier), 9));
            foreach (var p in rows.Where(r => r.Tier == tier))
            {
                var h = holders[p.HolderId!.Value];
                table.Add(new ListRow([
                    ++number, l[$"Position.{p.Position}"].Value, p.UnitName, $"{p.HolderName} ({h.OfficerNumber})", h.BirthDate.Year, l[$"Rank.{h.Rank}"].Value,
                    p.HolderOrigin, p.DecisionNumber, p.DecidedOn is { } d ? Format.Date(d) : null,
                ]));
            }
        }

        var header = Header(merger, "DS-PX01", "Danh sách", request.Tier is null
            ? "Cán bộ được bổ nhiệm chức vụ lãnh đạo, chỉ huy sau hợp nhất"
            : $"Cán bộ được bổ nhiệm: {TierName(request.Tier)}");
        return new ListDocument("danh-sach-bo-nhiem", header,
            [$"Danh sách {Format.Number(number)} đồng chí đã được Ban Giám đốc phê duyệt, bổ nhiệm vào chức vụ lãnh đạo, chỉ huy của {merger.Target.Name} sau hợp nhất."],
            [
                new("STT", 0.65, ListCellKind.Number), new("Chức vụ", 1.5), new("Đơn vị", 2.0), new("Họ và tên (số hiệu)", 2.1), new("Năm sinh", 0.8, ListCellKind.Plain),
                new("Cấp bậc", 1.1), new("Địa phương", 1.05), new("Số quyết định", 1.7), new("Ngày quyết định", 1.4),
            ],
            table, [], Recipients, PersonnelHead);
    }

    private async Task<ListDocument?> UnitPlacementAsync(MergerInfo merger, int unitId, CancellationToken cancellationToken)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        var staffing = model?.Staffing.FirstOrDefault(s => s.Unit.Id == unitId);
        if (model is null || staffing is null || !(await scopes.GetAsync(cancellationToken)).Includes(unitId))
        {
            return null;
        }

        var officers = (await db.Officers.AsNoTracking().Where(o => o.PlacedUnitId == unitId && o.PlacedPosition != null)
                .Select(o => new { o.FullName, o.OfficerNumber, o.BirthDate, o.Rank, Placed = o.PlacedPosition!.Value, o.Position, Unit = o.Unit!.Name, Origin = o.Origin!.ShortName })
                .ToListAsync(cancellationToken))
            .OrderBy(o => StaffingRules.GroupOf(o.Placed)).ThenBy(o => o.Placed).ThenByDescending(o => o.Rank).ThenBy(o => o.BirthDate).ToList();
        var table = new List<ListRow>();
        var number = 0;
        foreach (var group in officers.GroupBy(o => StaffingRules.GroupOf(o.Placed)))
        {
            var cap = staffing.Staffing.Quota.TryGetValue(group.Key, out var c) ? $" — biên chế {Format.Number(c)}" : string.Empty;
            table.Add(Group($"{StaffingRules.GroupLabel(group.Key)}: {Format.Number(group.Count())}{cap}", 8));
            foreach (var o in group)
            {
                table.Add(new ListRow([
                    ++number, o.FullName, o.OfficerNumber, o.BirthDate.Year, l[$"Rank.{o.Rank}"].Value, l[$"Position.{o.Placed}"].Value,
                    $"{l[$"Position.{o.Position}"].Value}, {o.Unit}", o.Origin,
                ]));
            }
        }

        var s = staffing.Staffing;
        var header = Header(merger, "DS-PX01", "Danh sách", $"Bố trí cán bộ {staffing.Unit.Name}");
        return new ListDocument($"danh-sach-bo-tri-{staffing.Unit.Code.ToLowerInvariant()}", header,
            [
                $"Đơn vị: {staffing.Unit.Name}. Biên chế được giao: {(s.Authorised is { } a ? Format.Number(a) : "chưa giao")}; đã bố trí {Format.Number(s.After)} (cấp trưởng {Format.Number(s.Heads)}, cấp phó {Format.Number(s.Deputies)}, cán bộ, chiến sĩ {Format.Number(s.Staff)}).",
                .. staffing.Issues.Select(i => i.Message),
            ],
            [
                new("STT", 0.65, ListCellKind.Number), new("Họ và tên", 2.2), new("Số hiệu", 1.1), new("Năm sinh", 0.8, ListCellKind.Plain), new("Cấp bậc", 1.3),
                new("Chức vụ bố trí", 1.8), new("Chức vụ, đơn vị trước hợp nhất", 2.8), new("Địa phương", 1.05),
            ],
            table, [], Recipients, PersonnelHead);
    }

    private async Task<ListDocument?> PlacementSummaryAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        var model = await snapshot.LoadAsync(cancellationToken);
        var board = await placement.BoardAsync(cancellationToken);
        if (model is null || board is null || !(await scopes.GetAsync(cancellationToken)).IsAll)
        {
            return null;
        }

        var byOrigin = (await db.Officers.AsNoTracking().Where(Officer.IsPlaced).GroupBy(o => new { o.PlacedUnitId, o.OriginId })
                .Select(g => new { Unit = g.Key.PlacedUnitId!.Value, g.Key.OriginId, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(x => (x.Unit, x.OriginId), x => x.Count);
        var sources = merger.Sources;
        var number = 0;
        var table = model.Staffing.Where(r => r.Staffing.After > 0 || r.Staffing.Authorised is not null).Select(r =>
        {
            var s = r.Staffing;
            return new ListRow([
                ++number, r.Unit.Name, s.Authorised, s.Heads, s.Deputies, s.Staff, s.After,
                .. sources.Select(src => (object?)byOrigin.GetValueOrDefault((r.Unit.Id, src.Id))),
                s.Authorised is { } a && s.After > a ? s.After - a : null,
            ]);
        }).ToList();
        var rows = model.Staffing;
        table.Add(new ListRow([
            null, "Tổng cộng", rows.Sum(r => r.Staffing.Authorised ?? 0), rows.Sum(r => r.Staffing.Heads), rows.Sum(r => r.Staffing.Deputies), rows.Sum(r => r.Staffing.Staff),
            rows.Sum(r => r.Staffing.After), .. sources.Select(src => (object?)byOrigin.Where(x => x.Key.OriginId == src.Id).Sum(x => x.Value)),
            rows.Sum(r => r.Staffing.Authorised is { } a && r.Staffing.After > a ? r.Staffing.After - a : 0),
        ], ListRowKind.Total));

        var header = Header(merger, "BC-PX01", "Báo cáo", $"Kết quả bố trí cán bộ vào cơ cấu tổ chức {merger.Target.Name}");
        return new ListDocument("bao-cao-bo-tri-can-bo", header,
            [
                $"Tổng số cán bộ, chiến sĩ của các đơn vị hợp nhất: {Format.Number(board.Officers)}; đã bố trí vào cơ cấu mới {Format.Number(board.Placed)}; chưa bố trí {Format.Number(board.NotPlaced)}.",
            ],
            [
                new("STT", 0.65, ListCellKind.Number), new("Đơn vị", 2.8), new("Biên chế", 0.9, ListCellKind.Number), new("Cấp trưởng", 0.8, ListCellKind.Number),
                new("Cấp phó", 0.8, ListCellKind.Number), new("CBCS", 0.8, ListCellKind.Number), new("Tổng số", 0.9, ListCellKind.Number),
                .. sources.Select(src => new ListColumn($"Từ {src.ShortName}", 0.9, ListCellKind.Number)), new("Vượt biên chế", 0.9, ListCellKind.Number),
            ],
            table,
            [
                .. board.Units.Where(u => u.NotPlaced > 0).Take(20).Select(u => $"Chưa bố trí: {u.Name} ({u.Origin}) — {Format.Number(u.NotPlaced)} cán bộ, đơn vị kế thừa {u.TargetName ?? "chưa xác định"}."),
                .. board.Units.Count(u => u.NotPlaced > 0) > 20 ? [$"… và {Format.Number(board.Units.Count(u => u.NotPlaced > 0) - 20)} đơn vị khác còn cán bộ chưa bố trí."] : Array.Empty<string>(),
            ],
            Recipients, PersonnelHead);
    }

    private async Task<ListDocument?> BalanceAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        var tiers = await balance.TiersAsync(cancellationToken);
        if (tiers.Count == 0)
        {
            return null;
        }

        static double Percent(double share) => Math.Round(share * 100, 1);
        var table = new List<ListRow>();
        var notes = new List<string>();
        foreach (var view in tiers)
        {
            table.Add(Group($"{TierName(view.Balance.Tier)}{(view.Balance.Warn ? " — cần xem xét cân đối" : string.Empty)}", 8));
            table.AddRange(view.Balance.Origins.Select(o => new ListRow([
                view.SourceNames.GetValueOrDefault(o.OriginId), o.Appointed, o.Proposed, Percent(o.WithProposedShare), Percent(o.PriorPostShare),
                Percent(o.HeadcountShare), Math.Round(o.GapPoints, 1), o.Warn ? "Vượt ngưỡng" : null,
            ])));
        }

        var rules = tiers[0].Rules;
        notes.Add(string.Format(CultureInfo.CurrentCulture, l["Balance.SameRules"], Format.Date(rules.From), rules.MinMonthsLeft, rules.MinMonthsInPost, l[$"PoliticalTheory.{rules.MinPoliticalTheory}"].Value));
        notes.Add($"Chênh lệch: tỷ lệ bổ nhiệm (kể cả đề xuất chờ duyệt) trừ tỷ lệ chức danh cùng nhóm trước hợp nhất, tính bằng điểm phần trăm; cảnh báo khi vượt {Format.Number((decimal)EligibilityEngine.Default.Rules.BalanceWarnGapPoints)} điểm.");
        var header = Header(merger, "BC-PX01", "Báo cáo", "Cân đối cán bộ lãnh đạo, chỉ huy giữa các địa phương hợp nhất");
        return new ListDocument("bao-cao-can-doi", header,
            [$"Thực hiện yêu cầu bảo đảm tương đồng giữa lực lượng Công an các địa phương hợp nhất ({string.Join(", ", merger.Sources.Select(s => s.Name))}), Phòng Tổ chức cán bộ báo cáo kết quả bổ nhiệm theo từng nhóm chức danh như sau:"],
            [
                new("Địa phương", 1.6), new("Đã bổ nhiệm", 1, ListCellKind.Number), new("Đề xuất chờ duyệt", 1, ListCellKind.Number), new("Tỷ lệ (%)", 1, ListCellKind.Number),
                new("Tỷ lệ chức danh trước hợp nhất (%)", 1.3, ListCellKind.Number), new("Tỷ lệ quân số (%)", 1, ListCellKind.Number), new("Chênh lệch (điểm %)", 1, ListCellKind.Number), new("Cảnh báo", 1),
            ],
            table, notes, Recipients, PersonnelHead);
    }

    private async Task<ListDocument?> SupportAsync(MergerInfo merger, PersonnelListRequest request, CancellationToken cancellationToken)
    {
        if (request is not { Policy: { } code, Year: { } year, Month: { } month } || month is < 1 or > 12
            || await support.MonthAsync(code, year, month, cancellationToken) is not { } list)
        {
            return null;
        }

        var eligible = list.Rows.Where(r => r.Line.Eligible).ToList();
        var number = 0;
        var table = eligible.Select(r => new ListRow([++number, r.Name, r.Number, r.UnitName, r.Days, r.CommuteKm is { } km ? (double)km : null, r.Line.Amount, null])).ToList();
        table.Add(new ListRow([null, "Tổng cộng", null, null, null, null, list.Total, null], ListRowKind.Total));
        var status = list.Approved is { } a
            ? $"Danh sách đã được phê duyệt ngày {Format.DateTime(a.AtUtc)}, người phê duyệt: {a.By}."
            : "Danh sách dự thảo, chưa được phê duyệt.";
        // A list not yet approved is a draft on paper as on the page.
        var header = Header(merger, "DS-PX01", "Danh sách", $"Cán bộ được hỗ trợ tháng {month:00}/{year} — {list.Policy.Name}") with { Draft = list.Approved is null };
        return new ListDocument($"danh-sach-ho-tro-{year}-{month:00}", header,
            [
                $"Căn cứ {list.Policy.Basis}.",
                $"Tháng {month:00}/{year}: {Format.Number(eligible.Count)} cán bộ đủ điều kiện trong {Format.Number(list.Rows.Count)} cán bộ thuộc diện xem xét; tổng số tiền {Format.Number(list.Total)} đồng (bằng chữ: {VietnameseMoney.InWords(list.Total)}).",
                status,
            ],
            [
                new("STT", 0.65, ListCellKind.Number), new("Họ và tên", 2.2), new("Số hiệu", 1.1), new("Đơn vị công tác", 2.2), new("Số ngày làm việc", 0.9, ListCellKind.Number),
                new("Khoảng cách (km)", 0.9, ListCellKind.Number), new("Số tiền (đồng)", 1.8, ListCellKind.Money), new("Ký nhận", 1.1),
            ],
            table, [], ["- Ban Giám đốc;", "- Phòng Tổ chức cán bộ, Phòng Hậu cần;", "- Lưu: VT, PX01."], PersonnelHead);
    }

    /// <summary>The tiers present, in the order of the rules.</summary>
    private static IEnumerable<string> Ordered(IEnumerable<string> tiers)
    {
        var present = tiers.ToHashSet();
        return EligibilityEngine.Default.Rules.Tiers.Select(t => t.Tier).Distinct().Where(present.Contains);
    }

    private static ListRow Group(string title, int columns) => new([title, .. Enumerable.Repeat<object?>(null, columns - 1)], ListRowKind.Group);
}

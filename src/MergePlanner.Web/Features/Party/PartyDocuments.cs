using MergePlanner.Data.Party;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Reporting;
using Microsoft.Extensions.Localization;
using Format = MergePlanner.Web.Components.Shared.Format;

namespace MergePlanner.Web.Features.Party;

public enum PartyList
{
    /// <summary>"to-chuc-dang": the organisations, their fates and the members before and after.</summary>
    Organisations,

    /// <summary>"lich-dai-hoi": the congress schedule, bottom-up.</summary>
    Schedule,

    /// <summary>"nhan-su-cap-uy": every committee candidate with the service check and its reason, and the age mix.</summary>
    Candidates,
}

/// <summary>The Party documents (issue 11, point 6): the same rows as the pages (PartyService), as PDF in the Decree 30
/// layout, print view and XLSX.</summary>
public sealed class PartyDocuments(PartyService party, MergerContext mergers, TimeProvider clock, IStringLocalizer<SharedResource> l, Signatories signatories, DocumentOptions options)
{
    private static readonly string[] Recipients = ["- Thường trực Đảng ủy;", "- Ban Tổ chức Đảng ủy;", "- Các tổ chức cơ sở đảng;", "- Lưu: VT, PX03."];

    public static PartyList? Parse(string? slug) => slug switch
    {
        "to-chuc-dang" => PartyList.Organisations,
        "lich-dai-hoi" => PartyList.Schedule,
        "nhan-su-cap-uy" => PartyList.Candidates,
        _ => null,
    };

    public async Task<ListDocument?> BuildAsync(PartyList list, CancellationToken cancellationToken = default)
    {
        var merger = await mergers.CurrentAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        using var culture = DocumentCulture.Enter();
        var document = list switch
        {
            PartyList.Organisations => await OrganisationsAsync(merger, cancellationToken),
            PartyList.Schedule => await ScheduleAsync(merger, cancellationToken),
            _ => await CandidatesAsync(merger, cancellationToken),
        };

        // The secretary of the force's Party committee is its Director (domain.md §8).
        return await Signatories.SignAsync(document, () => signatories.OfForceAsync(merger.Target.Id, Data.Personnel.Position.Director, cancellationToken));
    }

    private DocumentHeader Header(MergerInfo merger, string type, string summary) =>
        new("Đảng ủy Công an Trung ương", $"Đảng ủy {merger.Target.Name}", options.NumberOf("Party", "BC/ĐU"), Signatories.PlaceOf(merger.Target),
            DateOnly.FromDateTime(clock.GetLocalNow().Date), type, summary) { Party = true };

    private static SignatureBlock Signature => new("T/M Ban Thường vụ", "Bí thư", null, "(Ký, ghi rõ họ tên)");

    private static ListRow Group(string title, int columns) => new([title, .. Enumerable.Repeat<object?>(null, columns - 1)], ListRowKind.Group);

    private async Task<ListDocument?> OrganisationsAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        if (await party.BoardAsync(cancellationToken) is not { } board)
        {
            return null;
        }

        var rows = new List<ListRow>();
        var number = 0;
        foreach (var group in board.Sources.GroupBy(s => s.OriginName))
        {
            rows.Add(Group(group.Key, 7));
            rows.AddRange(group.Select(s => new ListRow([++number, s.Name, l[$"PartyOrgKind.{s.Kind}"].Value, s.Members,
                s.Fate is { } f ? l[$"PartyOrgFate.{f}"].Value + (s.FateNote is { } n ? $" ({n})" : string.Empty) : "Chưa có phương án", s.SuccessorName, s.RecordsReceived])));
        }

        rows.Add(new ListRow([null, "Cộng", null, board.MembersBefore, null, null, board.RecordsReceived], ListRowKind.Total));
        return new ListDocument("to-chuc-dang", Header(merger, "Báo cáo", $"Phương án sắp xếp tổ chức đảng khi hợp nhất: {merger.Name}"),
            [
                $"Tổng số đảng viên của các đơn vị hợp nhất: {Format.Number(board.MembersBefore)}; sau sắp xếp sinh hoạt tại các tổ chức đảng của {merger.Target.Name}: {Format.Number(board.MembersAfter)}" +
                (board.Unmapped > 0 ? $"; còn {Format.Number(board.Unmapped)} tổ chức đảng chưa có phương án." : "."),
                $"Hồ sơ đảng viên đã giao {Format.Number(board.RecordsSent)}, đã nhận {Format.Number(board.RecordsReceived)}.",
            ],
            [new("STT", 0.5, ListCellKind.Number), new("Tổ chức đảng", 2.6), new("Loại hình", 1.2), new("Đảng viên", 0.8, ListCellKind.Number), new("Phương án", 1.6), new("Chuyển đến", 2.2), new("Hồ sơ đã nhận", 0.8, ListCellKind.Number)],
            rows,
            [.. board.Targets.Select(t => $"{t.Name}: {Format.Number(t.MembersAfter)} đảng viên từ {t.From.Count} tổ chức.")],
            Recipients, Signature);
    }

    private async Task<ListDocument?> ScheduleAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        if (await party.ScheduleAsync(cancellationToken) is not { } schedule)
        {
            return null;
        }

        var rows = new List<ListRow>();
        var number = 0;
        foreach (var level in schedule.GroupBy(c => c.Level))
        {
            rows.Add(Group(l[$"CongressLevel.{level.Key}"].Value + $" — hạn chậm nhất {Format.Date(level.Max(c => c.Deadline))}", 7));
            rows.AddRange(level.Select(c => new ListRow([++number, c.Organisation, c.Deadline, c.PlannedOn, c.HeldOn,
                l[$"CongressStatus.{c.Status}"].Value + (c.Late ? " — quá hạn" : string.Empty) + (c.OutOfOrder ? " — hạn sau cấp trên" : string.Empty),
                c.Documents?.Replace("\n", "; ", StringComparison.Ordinal)])));
        }

        var held = schedule.Count(c => c.Status == CongressStatus.Held);
        return new ListDocument("lich-dai-hoi", Header(merger, "Kế hoạch", "Lịch tổ chức đại hội đảng bộ, chi bộ nhiệm kỳ 2025–2030"),
            [$"Đại hội tiến hành từ dưới lên: chi bộ, đảng bộ cơ sở, Đại hội đại biểu Đảng bộ {merger.Target.Name}. Đã tổ chức {held}/{schedule.Count} đại hội."],
            [new("STT", 0.55, ListCellKind.Number), new("Tổ chức đảng", 2.4), new("Hạn", 1.1), new("Dự kiến", 1.1), new("Đã tổ chức", 1.1), new("Tình trạng", 1.3), new("Văn kiện", 1.9)],
            rows, [], Recipients, Signature);
    }

    private async Task<ListDocument?> CandidatesAsync(MergerInfo merger, CancellationToken cancellationToken)
    {
        if (await party.ScheduleAsync(cancellationToken) is not { } schedule)
        {
            return null;
        }

        var rows = new List<ListRow>();
        var notes = new List<string>();
        var number = 0;
        foreach (var congress in schedule.Where(c => c.Candidates > 0).OrderByDescending(c => c.Level))
        {
            rows.Add(Group($"{congress.Organisation} — {congress.Candidates} người, {congress.Failing} không đạt", 7));
            foreach (var c in await party.CandidatesAsync(congress.Id, cancellationToken) ?? [])
            {
                rows.Add(new ListRow([++number, $"{c.Rank} {c.Name}", c.BirthDate.Year, l[$"CommitteeRole.{c.Role}"].Value, c.IsIncumbent ? "Tái cử" : "Lần đầu",
                    c.Check.Passes ? "Đạt" : "Không đạt", c.Check.Reason]));
            }

            notes.AddRange(congress.Mix.Warnings.Select(w => $"{congress.Organisation}: {w}"));
        }

        var rules = MergePlanner.Data.Personnel.Rules.PersonnelRuleBook.Default;
        return new ListDocument("nhan-su-cap-uy", Header(merger, "Báo cáo", "Thẩm tra tuổi công tác của nhân sự cấp ủy nhiệm kỳ 2025–2030"),
            [rules.Citation("CommitteeServiceLeft") + "."],
            [new("STT", 0.5, ListCellKind.Number), new("Họ tên", 2.0), new("Năm sinh", 0.7, ListCellKind.Plain), new("Dự kiến chức danh", 1.2), new("Lần đầu/tái cử", 0.85), new("Kết quả", 1.05), new("Lý do", 2.7)],
            rows, notes, Recipients, Signature);
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Web.Components.Shared;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>
/// The handover minutes as form 01/TSC-BBGN lays them out (domain.md §7.1), computed once for the PDF, the print view
/// and the XLSX annex: the header of the handing-over unit under its force (the province named once), the legal bases
/// with the merger's own decision (number and date), time and place, each party's representative with rank and
/// position and the witness, every item with its identifying numbers, quantity, original cost, remaining value and
/// condition, the quantities totalled per unit of measure (never across them), the money totalled and in words, the
/// parties' remarks, and the three signatures. A batch not yet handed over is a draft.
/// </summary>
public sealed record HandoverMinutes(
    HandoverView Batch,
    DocumentHeader Header,
    IReadOnlyList<string> Basis,
    string TimeAndPlace,
    Representative Giver,
    Representative Receiver,
    Representative? Witness,
    string? WitnessUnit,
    IReadOnlyList<(string UnitOfMeasure, decimal Quantity, int Items)> QuantitiesByUnit,
    IReadOnlyList<string> Remarks)
{
    public const string Unnamed = "....................................";

    public bool Draft => Header.Draft;

    public decimal TotalValue => Batch.TotalValue;

    public decimal TotalOriginalCost => Batch.TotalOriginalCost;

    public string TotalInWords => VietnameseMoney.InWords(TotalValue);

    /// <summary>The quantities, each in its own unit: "27 chiếc, 709 kg, 11.012 viên, 40 hồ sơ".</summary>
    public string QuantitiesText => string.Join(", ", QuantitiesByUnit.Select(q => $"{Format.Number(q.Quantity)} {q.UnitOfMeasure}"));

    public static string Describe(Representative? person) => person is null ? Unnamed : person.Title is { Length: > 0 } title ? $"{person.Name}, {title}" : person.Name;

    /// <summary>The annex as a typed list: the same rows for the PDF, the print view and the spreadsheet.</summary>
    public ListDocument Annex(IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var rows = Batch.Lines.Select((x, i) => new ListRow(
        [
            i + 1, x.Code, x.Name, x.Identifiers, x.UnitOfMeasure, x.Quantity, x.OriginalCost, x.Value,
            x.ConditionNote ?? ConditionLabel(l, x.Condition),
            l[$"ReceiptStatus.{x.Receipt}"].Value, x.Remark,
        ])).ToList();
        rows.Add(new ListRow(["Tổng cộng", null, null, null, null, null, TotalOriginalCost, TotalValue, null, null, null], ListRowKind.Total));
        return new ListDocument($"bien-ban-ban-giao-{Batch.Id}", Header with { DocumentType = "Phụ lục", Summary = $"Danh mục tài sản, hồ sơ bàn giao kèm theo Biên bản số {Batch.Number}" },
            [], AnnexColumns, rows, [$"Số lượng theo đơn vị tính: {QuantitiesText}.", $"Tổng giá trị còn lại bằng chữ: {TotalInWords}."], [], new SignatureBlock(string.Empty, string.Empty, null, null));
    }

    /// <summary>An asset's status or a case file's, as the register's words.</summary>
    private static string ConditionLabel(IStringLocalizer l, string condition) =>
        l[$"AssetStatus.{condition}"] is { ResourceNotFound: false } asset ? asset.Value : l[$"CaseFileStatus.{condition}"].Value;

    public static readonly IReadOnlyList<ListColumn> AnnexColumns =
    [
        new("STT", 0.5, ListCellKind.Plain), new("Mã", 1.4), new("Tên tài sản, hồ sơ", 2.6), new("Số hiệu, biển số, thửa đất", 2), new("ĐVT", 0.8),
        new("Số lượng", 0.8, ListCellKind.Number), new("Nguyên giá (đồng)", 1.4, ListCellKind.Money), new("Giá trị còn lại (đồng)", 1.4, ListCellKind.Money),
        new("Tình trạng", 1.2), new("Bên nhận xác nhận", 1.2), new("Ghi chú", 1.2),
    ];

    /// <summary>The minutes of a batch: the stored representatives, else the heads of the two units today.</summary>
    public static async Task<HandoverMinutes> BuildAsync(HandoverView b, MergerContext mergers, Signatories signatories, DocumentOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(b);
        var merger = await mergers.CurrentAsync(cancellationToken);
        var created = b.CreatedAtUtc.ToLocalTime();
        var date = DateOnly.FromDateTime(created);
        var header = new DocumentHeader(b.FromIsForce ? "Bộ Công an" : b.FromOrigin, b.FromUnitName, $"Số: {b.Number}", Signatories.PlaceOf(b.FromOrigin), date, "Biên bản",
            $"Bàn giao, tiếp nhận tài sản, hồ sơ giữa {b.From} và {b.To}") { Draft = b.Status == HandoverStatus.Draft };
        var basis = options.HandoverBasis.Select(x => $"Căn cứ {x};").ToList();
        if (merger?.DecisionReference is { } reference)
        {
            basis.Add($"Căn cứ {reference};");
        }

        basis.Add($"Căn cứ phương án xử lý tài sản, hồ sơ của {b.From} khi hợp nhất đã được phê duyệt,");
        var parties = b.HandedOverBy is null || b.ReceivedBy is null ? await signatories.HandoverPartiesAsync(b.FromUnitId, b.ToUnitId, cancellationToken) : default;
        var giver = b.HandedOverBy is { } g ? new Representative(g, b.HandedOverByTitle) : parties.Giver;
        var receiver = b.ReceivedBy is { } r ? new Representative(r, b.ReceivedByTitle) : parties.Receiver;
        var witness = b.Witness is { } w ? new Representative(w, b.WitnessTitle) : null;
        var quantities = b.Lines.GroupBy(x => x.UnitOfMeasure, StringComparer.Ordinal).OrderBy(x => x.Key, StringComparer.Ordinal)
            .Select(x => (x.Key, x.Sum(y => y.Quantity), x.Count())).ToList();
        var remarks = b.Lines.Where(x => x.Remark is not null).Select(x => $"{x.Code}: {x.Remark}").ToList();
        return new HandoverMinutes(b, header, basis,
            $"Hôm nay, hồi {created:HH} giờ {created:mm} phút, {DocumentHeader.LongDate(date)}, tại trụ sở {b.From}, việc bàn giao, tiếp nhận tài sản, hồ sơ được thực hiện như sau:",
            giver ?? new Representative(Unnamed, null), receiver ?? new Representative(Unnamed, null), witness, b.WitnessUnit, quantities, remarks);
    }

    /// <summary>Loads the batch for the person (null when it does not exist; <see cref="Allowed"/> false outside their
    /// scope: neither the handing-over nor the receiving unit is theirs).</summary>
    public static async Task<(HandoverMinutes? Minutes, bool Allowed)> LoadAsync(int id, MergePlannerDbContext db, Security.UnitScopeService scopes, MergerContext mergers, Signatories signatories, DocumentOptions options)
    {
        var batch = await HandoverView.LoadAsync(db, id);
        if (batch is null)
        {
            return (null, true);
        }

        var scope = await scopes.GetAsync();
        if (!scope.Includes(batch.FromUnitId) && !scope.Includes(batch.ToUnitId))
        {
            return (null, false);
        }

        return (await BuildAsync(batch, mergers, signatories, options), true);
    }
}

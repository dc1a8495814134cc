using MergePlanner.Data;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Reporting;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

public static class InventoryEndpoints
{
    public static void MapInventoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/inventory").RequireAuthorization(Policies.SignedIn);

        group.MapGet("/handovers/{id:int}/minutes.{format}", async (int id, string format, MergePlannerDbContext db, UnitScopeService scopes, MergerContext mergers, Signatories signatories, DocumentOptions options, InventoryReports reports) =>
        {
            var (minutes, allowed) = await HandoverMinutes.LoadAsync(id, db, scopes, mergers, signatories, options);
            if (!allowed)
            {
                return Results.Forbid();
            }

            return minutes is null ? Results.NotFound() : format switch
            {
                "pdf" => Results.File(reports.MinutesPdf(minutes), "application/pdf", $"bien-ban-ban-giao-{id}.pdf"),
                "xlsx" => Results.File(reports.MinutesXlsx(minutes), TabularWriter.ContentType(TabularFormat.Xlsx), $"bien-ban-ban-giao-{id}.xlsx"),
                _ => Results.NotFound(),
            };
        });

        group.MapGet("/campaigns/{id:int}/report.{format}", async (int id, string format, MergePlannerDbContext db, UnitScopeService scopes, Signatories signatories, InventoryReports reports) =>
        {
            var data = await CampaignReportData.LoadAsync(db, scopes, id);
            if (data is null)
            {
                return Results.NotFound();
            }

            if (!data.Allowed)
            {
                return Results.Forbid();
            }

            return format switch
            {
                "pdf" => Results.File(reports.CampaignPdf(data, await CampaignSignerAsync(data, signatories)), "application/pdf", $"ket-qua-kiem-ke-{id}.pdf"),
                "xlsx" => Results.File(reports.CampaignXlsx(data), TabularWriter.ContentType(TabularFormat.Xlsx), $"ket-qua-kiem-ke-{id}.xlsx"),
                _ => Results.NotFound(),
            };
        });

        group.MapGet("/results.pdf", async (MergePlannerDbContext db, UnitScopeService scopes, MergerContext mergers, Signatories signatories, InventoryReports reports) =>
        {
            var merger = await mergers.CurrentAsync();
            if (merger is null)
            {
                return Results.NotFound();
            }

            var ids = await db.InventoryCampaigns.AsNoTracking().Where(c => c.MergerId == merger.Id).OrderBy(c => c.CutoffAt).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
            var sections = new List<CampaignReportData>();
            foreach (var id in ids)
            {
                if (await CampaignReportData.LoadAsync(db, scopes, id) is { Allowed: true } data)
                {
                    sections.Add(data);
                }
            }

            return sections.Count == 0 ? Results.Forbid() : Results.File(
                reports.ConsolidatedPdf(merger, sections, await signatories.OfForceAsync(merger.Target.Id, Data.Personnel.Position.DeputyDirector)), "application/pdf", "tong-hop-ket-qua-kiem-ke.pdf");
        }).RequireAuthorization(Policies.ReadAll);

        group.MapGet("/assets/template.{format}", (string format) =>
            TabularReader.FormatOf("x." + format) is { } kind
                ? Results.File(TabularWriter.Write(kind, AssetImport.Columns, [AssetImport.Columns.Select(c => c.Example).ToList()]), TabularWriter.ContentType(kind), $"mau-tai-san{TabularWriter.Extension(kind)}")
                : Results.NotFound());

        group.MapGet("/assets/export.{format}", async (string format, string? register, AssetImport import, CancellationToken cancellationToken) =>
        {
            if (TabularReader.FormatOf("x." + format) is not { } kind)
            {
                return Results.NotFound();
            }

            var categories = AssetRegisters.All.FirstOrDefault(r => r.Key == register)?.Categories;
            return Results.File(TabularWriter.Write(kind, AssetImport.Columns, await import.ExportRowsAsync(categories, cancellationToken)), TabularWriter.ContentType(kind), $"tai-san{TabularWriter.Extension(kind)}");
        });

        group.MapGet("/cases/template.{format}", (string format) =>
            TabularReader.FormatOf("x." + format) is { } kind
                ? Results.File(TabularWriter.Write(kind, CaseFileImport.Columns, [CaseFileImport.Columns.Select(c => c.Example).ToList()]), TabularWriter.ContentType(kind), $"mau-ho-so{TabularWriter.Extension(kind)}")
                : Results.NotFound());

        group.MapGet("/cases/export.{format}", async (string format, CaseFileImport import, CancellationToken cancellationToken) =>
            TabularReader.FormatOf("x." + format) is { } kind
                ? Results.File(TabularWriter.Write(kind, CaseFileImport.Columns, await import.ExportRowsAsync(cancellationToken)), TabularWriter.ContentType(kind), $"ho-so{TabularWriter.Extension(kind)}")
                : Results.NotFound());

        group.MapGet("/evidence/{id:int}", async (int id, MergePlannerDbContext db, UnitScopeService scopes) =>
        {
            var file = await db.LineEvidence.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new { e.FileName, e.ContentType, e.Content, UnitId = e.Line!.AssetId != null ? e.Line.Asset!.UnitId : e.Line.CaseFile!.OwningUnitId })
                .SingleOrDefaultAsync();
            if (file is null)
            {
                return Results.NotFound();
            }

            // Served as a download, never inline: an uploaded file must not run in the app's origin.
            return (await scopes.GetAsync()).Includes(file.UnitId)
                ? Results.File(file.Content, "application/octet-stream", file.FileName)
                : Results.Forbid();
        });

        group.MapGet("/handovers/{id:int}/scan", async (int id, MergePlannerDbContext db, UnitScopeService scopes) =>
        {
            var batch = await db.HandoverBatches.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.FromUnitId, b.ToUnitId, b.SignedScan, b.SignedScanName }).SingleOrDefaultAsync();
            if (batch?.SignedScan is null)
            {
                return Results.NotFound();
            }

            var scope = await scopes.GetAsync();
            if (!scope.Includes(batch.FromUnitId) && !scope.Includes(batch.ToUnitId))
            {
                return Results.Forbid();
            }

            var pdf = batch.SignedScanName?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) == true;
            return Results.File(batch.SignedScan, pdf ? "application/pdf" : "application/octet-stream", batch.SignedScanName);
        });

        group.MapGet("/ledger.{format}", async (string format, LedgerQuery ledger, StructureSnapshot structure, MergePlannerDbContext db, MergerContext mergers, Signatories signatories, InventoryReports reports, PdfFonts fonts) =>
        {
            var merger = await mergers.CurrentAsync();
            if (merger is null)
            {
                return Results.NotFound();
            }

            var document = await LedgerDocumentAsync(merger, ledger, structure, db, signatories, reports);
            return document.Download(format, fonts) ?? Results.NotFound();
        });
    }

    /// <summary>The reconciliation statement by source, as the ledger page shows it (the same rows, one computation).</summary>
    public static async Task<ListDocument> LedgerDocumentAsync(MergerInfo merger, LedgerQuery ledger, StructureSnapshot structure, MergePlannerDbContext db, Signatories signatories, InventoryReports reports)
    {
        var model = await structure.LoadAsync();
        var rows = (await ledger.TotalsAsync()).ByOrigin(unitId => model?.Unit(unitId)?.OriginId ?? unitId);
        var names = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        return reports.Ledger(rows, names, merger, await signatories.OfForceAsync(merger.Target.Id, Data.Personnel.Position.DeputyDirector));
    }

    /// <summary>A force's own stocktake is signed by its Director; a unit's by its head.</summary>
    private static async Task<string?> CampaignSignerAsync(CampaignReportData data, Signatories signatories) => data.UnitIsForce
        ? await signatories.OfForceAsync(data.UnitId, Data.Personnel.Position.Director)
        : (await signatories.HeadOfAsync(data.UnitId))?.Signer;
}

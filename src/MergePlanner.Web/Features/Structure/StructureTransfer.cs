using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Exports, templates and imports of units and lineage.</summary>
public sealed class StructureTransfer(MergePlannerDbContext db, StructureWriter writer)
{
    public const string UnitsEntity = "units";
    public const string LineageEntity = "lineage";

    public static IReadOnlyList<TabularColumn>? ColumnsOf(string entity) => entity switch
    {
        UnitsEntity => StructureColumns.Units,
        LineageEntity => StructureColumns.Lineage,
        _ => null,
    };

    public async Task<IReadOnlyList<IReadOnlyList<string>>> ExportRowsAsync(string entity, CancellationToken cancellationToken)
    {
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        if (entity == UnitsEntity)
        {
            var units = await db.Units.AsNoTracking().OrderBy(u => u.OriginId).ThenBy(u => u.SortOrder).ToListAsync(cancellationToken);
            return units.Select(u => (IReadOnlyList<string>)
            [
                u.Code, u.Name, u.ShortName ?? string.Empty, StructureColumns.UnitTypeLabels[u.Type], u.ParentId is { } p ? codes[p] : string.Empty,
                StructureColumns.StatusLabels[u.Status], StructureColumns.Date(u.ValidFrom), StructureColumns.Date(u.ValidTo),
                u.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ]).ToList();
        }

        var lineage = await db.UnitLineages.AsNoTracking().OrderBy(l => l.FromUnitId).ThenBy(l => l.ToUnitId).ToListAsync(cancellationToken);
        return lineage.Select(l => (IReadOnlyList<string>)
        [
            codes[l.FromUnitId], l.ToUnitId is { } t ? codes[t] : string.Empty, StructureColumns.KindLabels[l.Kind], StructureColumns.PortionLabels[l.Portion],
            l.SharePercent?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StructureColumns.Date(l.EffectiveDate),
            l.DecisionReference ?? string.Empty, l.Note ?? string.Empty,
        ]).ToList();
    }

    public static IReadOnlyList<IReadOnlyList<string>> TemplateRows(IReadOnlyList<TabularColumn> columns) =>
        [columns.Select(c => c.Example).ToList()];

    public sealed record ImportOutcome(int Created, int Updated, IReadOnlyList<ImportError> Errors)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>All or nothing: a file with any bad row writes nothing and lists every error.</summary>
    public async Task<ImportOutcome> ImportAsync(string entity, Stream file, TabularFormat format, CancellationToken cancellationToken)
    {
        var columns = ColumnsOf(entity) ?? throw new ArgumentOutOfRangeException(nameof(entity));
        var read = TabularReader.Read(file, format, columns);
        if (read.Errors.Count > 0)
        {
            return new ImportOutcome(0, 0, read.Errors);
        }

        // Cells that do not parse and rows that break a rule are reported together, so one round of fixes is enough.
        WriteResult result;
        List<ImportError> parseErrors;
        IReadOnlyList<DraftError> ruleErrors;
        if (entity == UnitsEntity)
        {
            var (drafts, errors) = StructureColumns.ToUnitDrafts(read.Rows);
            parseErrors = errors;
            ruleErrors = errors.Count > 0 ? await writer.ValidateUnitsAsync(drafts, cancellationToken) : [];
            result = errors.Count > 0 ? new WriteResult(0, 0, []) : await writer.WriteUnitsAsync(drafts, cancellationToken);
        }
        else
        {
            var (drafts, errors) = StructureColumns.ToLineageDrafts(read.Rows);
            parseErrors = errors;
            ruleErrors = errors.Count > 0 ? await writer.ValidateLineageAsync(drafts, cancellationToken) : [];
            result = errors.Count > 0 ? new WriteResult(0, 0, []) : await writer.WriteLineageAsync(drafts, cancellationToken);
        }

        var failedCells = parseErrors.Select(e => (e.RowNumber, e.Column)).ToHashSet();
        var all = ImportErrors.Bounded(parseErrors
            .Concat(ruleErrors.Concat(result.Errors).Where(e => !failedCells.Contains((e.RowNumber, e.Field))).Select(e => new ImportError(e.RowNumber, e.Field, e.Message))));
        return all.Count > 0 ? new ImportOutcome(0, 0, all) : new ImportOutcome(result.Created, result.Updated, []);
    }
}

public static class StructureEndpoints
{
    public static void MapStructureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/structure/export/{entity}.{format}", async (string entity, string format, StructureTransfer transfer, CancellationToken cancellationToken) =>
        {
            if (StructureTransfer.ColumnsOf(entity) is not { } columns || TabularReader.FormatOf("x." + format) is not { } kind)
            {
                return Results.NotFound();
            }

            var bytes = TabularWriter.Write(kind, columns, await transfer.ExportRowsAsync(entity, cancellationToken));
            return Results.File(bytes, TabularWriter.ContentType(kind), $"{(entity == StructureTransfer.UnitsEntity ? "don-vi" : "ke-thua")}{TabularWriter.Extension(kind)}");
        }).RequireAuthorization(Policies.ReadAll);

        endpoints.MapGet("/structure/template/{entity}.{format}", (string entity, string format) =>
        {
            if (StructureTransfer.ColumnsOf(entity) is not { } columns || TabularReader.FormatOf("x." + format) is not { } kind)
            {
                return Results.NotFound();
            }

            var bytes = TabularWriter.Write(kind, columns, StructureTransfer.TemplateRows(columns));
            return Results.File(bytes, TabularWriter.ContentType(kind), $"mau-{(entity == StructureTransfer.UnitsEntity ? "don-vi" : "ke-thua")}{TabularWriter.Extension(kind)}");
        }).RequireAuthorization(Policies.EditStructure);

        endpoints.MapGet("/structure/report.pdf", async (StructureReport report, CancellationToken cancellationToken) =>
            await report.BuildAsync(cancellationToken) is { } pdf
                ? Results.File(pdf, "application/pdf", "co-cau-to-chuc-sau-hop-nhat.pdf")
                : Results.NotFound())
            .RequireAuthorization(Policies.ReadAll);
    }
}

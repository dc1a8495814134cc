using System.IO.Compression;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Structure;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Mergers;

/// <summary>A merger's life: it becomes effective on its date by itself (<see cref="MergerLife"/>); it is closed by
/// leadership or an administrator once everything is accounted for, and is then read-only and exportable as an archive.
/// Every method checks the role and the merger itself.</summary>
public sealed class MergerLifeService(MergePlannerDbContext db, CurrentUser current, MergerContext mergers, LedgerQuery ledger,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l)
{
    /// <summary>Steering the merger's life is the plan's owners' work (the role × action table's task editors).</summary>
    public bool MayClose => Permissions.Allows(current.Principal, AppAction.EditTasks);

    /// <summary>Why the merger cannot be closed now, or null when it can.</summary>
    public async Task<string?> CloseRefusalAsync(CancellationToken cancellationToken = default)
    {
        if (!MayClose || await mergers.CurrentAsync(cancellationToken) is not { } merger)
        {
            return l["Errors.Forbidden.Message"];
        }

        var unaccounted = await ledger.UnaccountedAsync(cancellationToken);
        return merger.Phase switch
        {
            MergerPhase.Closed => l["Merger.Closed"],
            MergerPhase.Preparing => string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Merger.NotYetEffective"], Components.Shared.Format.Date(merger.EffectiveDate)),
            _ when !MergerLife.MayClose(merger.Phase, unaccounted) => string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Merger.StillUnaccounted"], unaccounted),
            _ => null,
        };
    }

    /// <summary>Closes the merger: null when done, otherwise why not (nothing changes).</summary>
    public async Task<string?> CloseAsync(CancellationToken cancellationToken = default)
    {
        if (await CloseRefusalAsync(cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var merger = await db.Mergers.SingleAsync(cancellationToken);
        merger.Status = MergerStatus.Completed;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The merger as a ZIP of its registers and ledger (units, lineage, assets, case files, reconciliation) for
    /// the archive; for the roles that read the whole merger.</summary>
    public async Task<byte[]?> ArchiveAsync(StructureTransfer structure, AssetImport assets, CaseFileImport cases, InventoryReports reports, StructureSnapshot snapshot, Reporting.Signatories signatories,
        CancellationToken cancellationToken = default)
    {
        if (!Policies.ReadAllRoles.Any(current.Principal.IsInRole) || await mergers.CurrentAsync(cancellationToken) is not { } merger)
        {
            return null;
        }

        var ledgerDocument = await Inventory.InventoryEndpoints.LedgerDocumentAsync(merger, ledger, snapshot, db, signatories, reports);
        var files = new (string Name, byte[] Content)[]
        {
            ("don-vi.xlsx", TabularWriter.Write(TabularFormat.Xlsx, StructureTransfer.ColumnsOf(StructureTransfer.UnitsEntity)!, await structure.ExportRowsAsync(StructureTransfer.UnitsEntity, cancellationToken))),
            ("ke-thua.xlsx", TabularWriter.Write(TabularFormat.Xlsx, StructureTransfer.ColumnsOf(StructureTransfer.LineageEntity)!, await structure.ExportRowsAsync(StructureTransfer.LineageEntity, cancellationToken))),
            ("tai-san.xlsx", TabularWriter.Write(TabularFormat.Xlsx, AssetImport.Columns, await assets.ExportRowsAsync(null, cancellationToken))),
            ("ho-so.xlsx", TabularWriter.Write(TabularFormat.Xlsx, CaseFileImport.Columns, await cases.ExportRowsAsync(cancellationToken))),
            ("doi-chieu-kiem-ke.xlsx", ledgerDocument.ToXlsx()),
        };
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                await using var stream = entry.Open();
                await stream.WriteAsync(content, cancellationToken);
            }
        }

        return memory.ToArray();
    }
}

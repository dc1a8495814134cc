using System.Globalization;
using MergePlanner.Data;
using MergePlanner.Data.Inventory.Campaigns;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Inventory.Reconciliation;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Inventory;

public sealed record DispositionPart(DispositionOutcome Outcome, decimal Quantity, string? TargetUnitCode, string? Agency, string? Incident, string? Note);

/// <summary>Every change of the inventory workflow: counts, campaign closing, dispositions, handovers and receipts.
/// Each checks the user's unit scope on the server, refuses what the rules forbid with a reason in the person's language (the resources), and
/// appends to the items' custody history (never editing it).</summary>
public sealed class InventoryService(MergePlannerDbContext db, UnitScopeService scopes, MergerContext mergers, CurrentUser current, IStringLocalizer<SharedResource> l, Reporting.Signatories signatories)
{
    public const int MaxEvidenceBytes = 5 * 1024 * 1024;

    private string User => current.Name;

    /// <summary>Records a count. <paramref name="expectedVersion"/> is the line's version the form was drawn from: a
    /// count saved by someone else since then is not overwritten; the person is told what changed.</summary>
    public async Task<string?> CountAsync(int lineId, decimal? counted, string? note, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        var line = await db.InventoryLines.Include(l => l.Campaign).Include(l => l.Asset).Include(l => l.CaseFile).SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null)
        {
            return l["Inventory.LineNotFound"];
        }

        var unitId = line.Asset?.UnitId ?? line.CaseFile!.OwningUnitId;
        if (!(await scopes.GetWritableAsync(AppAction.CountInventory, cancellationToken)).Includes(unitId))
        {
            return Forbidden;
        }

        if (line.Campaign!.Status == CampaignStatus.Closed)
        {
            return l["Inventory.CampaignClosedNoEdit"];
        }

        if (counted is null or < 0 || counted > 1_000_000_000)
        {
            return l["Inventory.CountRange"];
        }

        if (expectedVersion is { } expected && expected != line.Version)
        {
            return ChangedMeanwhile(line);
        }

        line.CountedQuantity = counted;
        line.Note = string.IsNullOrWhiteSpace(note) ? line.Note : note.Trim();
        line.CountedBy = User;
        line.CountedAtUtc = DateTime.UtcNow;
        db.CustodyEvents.Add(Event(line.AssetId, line.CaseFileId, CustodyAction.Counted, unitId, null, counted, line.Campaign.Name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Saved by someone else between this read and this write.
            db.ChangeTracker.Clear();
            var fresh = await db.InventoryLines.AsNoTracking().SingleAsync(l => l.Id == lineId, cancellationToken);
            return ChangedMeanwhile(fresh);
        }

        return null;
    }

    private string ChangedMeanwhile(InventoryLine line) => line.CountedAtUtc is { } at
        ? string.Format(CultureInfo.CurrentCulture, l["Inventory.CountChangedBy"], line.CountedBy, line.CountedQuantity?.ToString("#,##0.###", CultureInfo.CurrentCulture),
            DateTime.SpecifyKind(at, DateTimeKind.Utc).ToLocalTime().ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture))
        : l["Inventory.CountChanged"];

    public async Task<string?> AttachEvidenceAsync(int lineId, Upload file, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var line = await db.InventoryLines.Include(l => l.Asset).Include(l => l.CaseFile).SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null || !(await scopes.GetWritableAsync(AppAction.UploadEvidence, cancellationToken)).Includes(line.Asset?.UnitId ?? line.CaseFile!.OwningUnitId))
        {
            return Forbidden;
        }

        if (file.Content.Length is 0 or > MaxEvidenceBytes)
        {
            return l["Inventory.EvidenceSize"];
        }

        var content = file.Content;
        if (UploadContent.Detect(content) is not { } kind)
        {
            return NotADocument;
        }

        db.LineEvidence.Add(new LineEvidence
        {
            LineId = lineId, FileName = UploadContent.FileName(file.FileName, kind), ContentType = UploadContent.ContentType(kind),
            Content = content, UploadedBy = User, UploadedAtUtc = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> CloseCampaignAsync(int campaignId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var campaign = await db.InventoryCampaigns.SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null || !(await scopes.GetWritableAsync(AppAction.CountInventory, cancellationToken)).Includes(campaign.UnitId))
        {
            return Forbidden;
        }

        var uncounted = await db.InventoryLines.CountAsync(l => l.CampaignId == campaignId && l.CountedQuantity == null, cancellationToken);
        if (uncounted > 0)
        {
            return string.Format(CultureInfo.CurrentCulture, l["Inventory.UncountedLeft"], uncounted.ToString("N0", CultureInfo.CurrentCulture));
        }

        campaign.Status = CampaignStatus.Closed;
        campaign.ClosedAtUtc = DateTime.UtcNow;
        campaign.ClosedBy = User;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Opens a stocktake of a source unit and everything below it: a line per item on the books.</summary>
    public async Task<(int? Id, string? Error)> CreateCampaignAsync(string unitCode, string name, DateTime cutoff, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var merger = await mergers.CurrentAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == unitCode.Trim(), cancellationToken);
        if (merger is null || unit is null)
        {
            return (null, string.Format(CultureInfo.CurrentCulture, l["Common.NoUnitCode"], unitCode));
        }

        var scope = await scopes.GetWritableAsync(AppAction.CountInventory, cancellationToken);
        if (!scope.Includes(unit.Id))
        {
            return (null, Forbidden);
        }

        if (!merger.Sources.Any(s => s.Id == unit.OriginId))
        {
            return (null, l["Inventory.OnlySourceUnits"]);
        }

        var below = await UnitTree.FilterAsync(db, UnitScope.Everything, unit.Id, cancellationToken);
        var campaign = new InventoryCampaign { MergerId = merger.Id, UnitId = unit.Id, Name = name.Trim(), CutoffAt = cutoff };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.InventoryCampaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        var assets = await db.Assets.AsNoTracking().InScope(below, a => a.UnitId).Select(a => new { a.Id, a.Quantity }).ToListAsync(cancellationToken);
        var files = await db.CaseFiles.AsNoTracking().InScope(below, c => c.OwningUnitId).Select(c => c.Id).ToListAsync(cancellationToken);
        db.InventoryLines.AddRange(assets.Select(a => new InventoryLine { CampaignId = campaign.Id, AssetId = a.Id, BookQuantity = a.Quantity }));
        db.InventoryLines.AddRange(files.Select(id => new InventoryLine { CampaignId = campaign.Id, CaseFileId = id, BookQuantity = 1 }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (campaign.Id, null);
    }

    /// <summary>Replaces an item's dispositions with new parts that together cover it (the old ones are withdrawn,
    /// not deleted). Parts already handed over cannot be withdrawn.</summary>
    public async Task<IReadOnlyList<string>> SaveDispositionsAsync(ItemKey key, IReadOnlyList<DispositionPart> parts, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var (unitId, book, counted) = await ItemFactsAsync(key, cancellationToken);
        if (unitId is null)
        {
            return [l["Inventory.ItemNotFound"]];
        }

        if (!(await scopes.GetWritableAsync(AppAction.DisposeItems, cancellationToken)).Includes(unitId.Value))
        {
            return [Forbidden];
        }

        var codes = parts.Select(p => p.TargetUnitCode?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        var targets = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u, cancellationToken);
        var merger = await mergers.CurrentAsync(cancellationToken);
        var errors = new List<string>();
        foreach (var code in codes.Where(c => !targets.ContainsKey(c!)))
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Common.NoUnitCode"], code));
        }

        foreach (var target in targets.Values.Where(t => t.OriginId != merger?.Target.Id))
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Inventory.TargetNotInNewStructure"], target.Code));
        }

        errors.AddRange(ReconciliationLedger.CheckDispositions(book, counted, parts.Select(p => (p.Outcome, p.Quantity,
            string.IsNullOrWhiteSpace(p.TargetUnitCode) || !targets.TryGetValue(p.TargetUnitCode.Trim(), out var t) ? (int?)null : t.Id, p.Agency, p.Incident)).ToList()));

        var current = await db.ItemDispositions.Where(d => !d.Withdrawn && (key.IsAsset ? d.AssetId == key.Id : d.CaseFileId == key.Id)).ToListAsync(cancellationToken);
        var handedOver = await db.HandoverLines.Where(h => current.Select(c => c.Id).Contains(h.DispositionId)).Select(h => h.DispositionId).ToListAsync(cancellationToken);
        if (handedOver.Count > 0)
        {
            errors.Add(l["Inventory.TransferInMinutes"]);
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var old in current)
        {
            old.Withdrawn = true;
            db.CustodyEvents.Add(Event(old.AssetId, old.CaseFileId, CustodyAction.DispositionWithdrawn, unitId, old.TargetUnitId, old.Quantity, "Thay đổi cách xử lý"));
        }

        foreach (var part in parts)
        {
            var target = part.Outcome == DispositionOutcome.TransferToUnit ? targets[part.TargetUnitCode!.Trim()].Id : (int?)null;
            db.ItemDispositions.Add(new ItemDisposition
            {
                AssetId = key.IsAsset ? key.Id : null, CaseFileId = key.IsAsset ? null : key.Id, Outcome = part.Outcome, Quantity = part.Quantity,
                TargetUnitId = target, Agency = part.Outcome == DispositionOutcome.HandToAgency ? part.Agency?.Trim() : null,
                IncidentReference = part.Outcome == DispositionOutcome.Missing ? part.Incident?.Trim() : null, Note = part.Note?.Trim(),
            });
            db.CustodyEvents.Add(Event(key.IsAsset ? key.Id : null, key.IsAsset ? null : key.Id, CustodyAction.Disposed, unitId, target, part.Quantity, part.Outcome.ToString()));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>A draft handover of every transfer from one unit to one new unit not yet in a handover.</summary>
    public async Task<(int? Id, string? Error)> CreateHandoverAsync(string fromCode, string toCode, string? witnessName, string? witnessUnit, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var from = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == fromCode.Trim(), cancellationToken);
        var to = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == toCode.Trim(), cancellationToken);
        if (from is null || to is null)
        {
            return (null, l["Handover.NoSuchUnits"]);
        }

        if (!(await scopes.GetWritableAsync(AppAction.HandOver, cancellationToken)).Includes(from.Id))
        {
            return (null, Forbidden);
        }

        if (HandoverRules.WitnessIsAParty(witnessUnit, from, to))
        {
            return (null, l["Handover.WitnessThirdParty"]);
        }

        var inBatch = db.HandoverLines.Select(h => h.DispositionId);
        var pending = await db.ItemDispositions
            .Where(d => !d.Withdrawn && d.Outcome == DispositionOutcome.TransferToUnit && d.TargetUnitId == to.Id && !inBatch.Contains(d.Id)
                && ((d.Asset != null && d.Asset.UnitId == from.Id) || (d.CaseFile != null && d.CaseFile.OwningUnitId == from.Id)))
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return (null, string.Format(CultureInfo.CurrentCulture, l["Handover.NothingToHandOver"], from.Name, to.Name));
        }

        var count = await db.HandoverBatches.CountAsync(cancellationToken);
        var batch = new HandoverBatch
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"{count + 1:000}/BB-{from.Code.Replace('.', '-')}"),
            FromUnitId = from.Id, ToUnitId = to.Id, WitnessName = witnessName?.Trim(), WitnessUnit = witnessUnit?.Trim(),
            CreatedAtUtc = DateTime.UtcNow,
            Lines = pending.Select(d => new HandoverLine { DispositionId = d.Id, Quantity = d.Quantity }).ToList(),
        };
        db.HandoverBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return (null, l["Handover.NumberClash"]);
        }

        return (batch.Id, null);
    }

    public async Task<string?> SendHandoverAsync(int batchId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var batch = await db.HandoverBatches.Include(b => b.Lines).ThenInclude(l => l.Disposition).SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || !(await scopes.GetWritableAsync(AppAction.HandOver, cancellationToken)).Includes(batch.FromUnitId))
        {
            return Forbidden;
        }

        if (batch.Status != HandoverStatus.Draft)
        {
            return l["Handover.AlreadySent"];
        }

        // Handed over: the representatives are written into the minutes as they stand now (the heads of the two units
        // unless others were named), so a later promotion or transfer does not rewrite a signed record.
        var (giver, receiver) = await signatories.HandoverPartiesAsync(batch.FromUnitId, batch.ToUnitId, cancellationToken);
        if (batch.HandedOverBy is null && giver is not null)
        {
            (batch.HandedOverBy, batch.HandedOverByTitle) = (giver.Name, giver.Title);
        }

        if (batch.ReceivedBy is null && receiver is not null)
        {
            (batch.ReceivedBy, batch.ReceivedByTitle) = (receiver.Name, receiver.Title);
        }

        batch.Status = HandoverStatus.Sent;
        foreach (var line in batch.Lines)
        {
            db.CustodyEvents.Add(Event(line.Disposition!.AssetId, line.Disposition.CaseFileId, CustodyAction.HandedOver, batch.FromUnitId, batch.ToUnitId, line.Quantity, $"Biên bản {batch.Number}"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Names the representatives of the minutes (form 01/TSC-BBGN: name, and rank and position) while the batch is
    /// a draft; by the handing-over unit. Every name that is given must have its rank and position and the reverse; an
    /// empty pair leaves the unit's head in its place.</summary>
    public async Task<IReadOnlyList<string>> SetRepresentativesAsync(int batchId, Reporting.Representative? giver, Reporting.Representative? receiver, Reporting.Representative? witness, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var batch = await db.HandoverBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || !(await scopes.GetWritableAsync(AppAction.HandOver, cancellationToken)).Includes(batch.FromUnitId))
        {
            return [Forbidden];
        }

        if (batch.Status != HandoverStatus.Draft)
        {
            return [l["Handover.AlreadySent"]];
        }

        var errors = new List<string>();
        (string?, string?) Check(Reporting.Representative? person, string side)
        {
            var name = string.IsNullOrWhiteSpace(person?.Name) ? null : person.Name.Trim();
            var title = string.IsNullOrWhiteSpace(person?.Title) ? null : person.Title.Trim();
            if ((name is null) != (title is null))
            {
                errors.Add(string.Format(CultureInfo.CurrentCulture, l["Handover.RepresentativeIncomplete"], l[side]));
            }

            if (name?.Length > 256 || title?.Length > 256)
            {
                errors.Add(string.Format(CultureInfo.CurrentCulture, l["Handover.RepresentativeTooLong"], l[side]));
            }

            return (name, title);
        }

        var (giverName, giverTitle) = Check(giver, "Handover.Giver");
        var (receiverName, receiverTitle) = Check(receiver, "Handover.Receiver");
        var (witnessName, witnessTitle) = Check(witness, "Handover.Witness");
        if (errors.Count > 0)
        {
            return errors;
        }

        (batch.HandedOverBy, batch.HandedOverByTitle, batch.ReceivedBy, batch.ReceivedByTitle, batch.WitnessName, batch.WitnessTitle) =
            (giverName, giverTitle, receiverName, receiverTitle, witnessName ?? batch.WitnessName, witnessTitle);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>The receiving unit answers one line. A change of answer is a new custody event, never an edit of history.</summary>
    public async Task<string?> ConfirmLineAsync(int lineId, ReceiptStatus receipt, string? remark, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var line = await db.HandoverLines.Include(l => l.Batch).ThenInclude(b => b!.Lines).Include(l => l.Disposition).SingleOrDefaultAsync(l => l.Id == lineId, cancellationToken);
        if (line is null || !(await scopes.GetWritableAsync(AppAction.ConfirmReceipt, cancellationToken)).Includes(line.Batch!.ToUnitId))
        {
            return Forbidden;
        }

        if (line.Batch.Status == HandoverStatus.Draft)
        {
            return l["Handover.NotSentYet"];
        }

        if (line.Batch.Status == HandoverStatus.Confirmed)
        {
            return l["Handover.ClosedMinutes"];
        }

        if (receipt == ReceiptStatus.Pending)
        {
            return l["Handover.ChooseReceipt"];
        }

        if (receipt != ReceiptStatus.Received && string.IsNullOrWhiteSpace(remark))
        {
            return l["Handover.RemarkRequired"];
        }

        line.Receipt = receipt;
        line.Remark = remark?.Trim();
        line.ConfirmedBy = User;
        line.ConfirmedAtUtc = DateTime.UtcNow;
        var action = receipt switch { ReceiptStatus.Received => CustodyAction.Received, ReceiptStatus.ReceivedWithRemarks => CustodyAction.ReceivedWithRemarks, _ => CustodyAction.NotReceived };
        // Custody names the unit that really holds the item now: nobody received what was not received.
        var receivedBy = receipt == ReceiptStatus.NotReceived ? (int?)null : line.Batch.ToUnitId;
        db.CustodyEvents.Add(Event(line.Disposition!.AssetId, line.Disposition.CaseFileId, action, line.Batch.FromUnitId, receivedBy, line.Quantity, remark ?? $"Biên bản {line.Batch.Number}"));
        if (line.Batch.Lines.All(l => l.Receipt != ReceiptStatus.Pending))
        {
            line.Batch.Status = HandoverStatus.Confirmed;
        }

        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> AttachSignedScanAsync(int batchId, Upload file, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        var batch = await db.HandoverBatches.SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        var scope = await scopes.GetWritableAsync(AppAction.UploadEvidence, cancellationToken);
        if (batch is null || !(scope.Includes(batch.FromUnitId) || scope.Includes(batch.ToUnitId)))
        {
            return Forbidden;
        }

        if (file.Content.Length is 0 or > MaxEvidenceBytes)
        {
            return l["Handover.ScanSize"];
        }

        var content = file.Content;
        if (UploadContent.Detect(content) is not { } kind)
        {
            return NotADocument;
        }

        batch.SignedScan = content;
        batch.SignedScanName = UploadContent.FileName(file.FileName, kind);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    private string Forbidden => l["Errors.UnitForbidden"];

    private string NotADocument => l["Upload.NotADocument"];

    private async Task<(int? UnitId, decimal Book, decimal? Counted)> ItemFactsAsync(ItemKey key, CancellationToken cancellationToken)
    {
        var unitId = key.IsAsset
            ? await db.Assets.Where(a => a.Id == key.Id).Select(a => (int?)a.UnitId).SingleOrDefaultAsync(cancellationToken)
            : await db.CaseFiles.Where(c => c.Id == key.Id).Select(c => (int?)c.OwningUnitId).SingleOrDefaultAsync(cancellationToken);
        var line = await db.InventoryLines.Where(l => key.IsAsset ? l.AssetId == key.Id : l.CaseFileId == key.Id)
            .OrderByDescending(l => l.Campaign!.CutoffAt).ThenByDescending(l => l.CampaignId).Select(l => new { l.BookQuantity, l.CountedQuantity }).FirstOrDefaultAsync(cancellationToken);
        var book = line?.BookQuantity ?? (key.IsAsset ? await db.Assets.Where(a => a.Id == key.Id).Select(a => a.Quantity).SingleOrDefaultAsync(cancellationToken) : 1);
        return (unitId, book, line?.CountedQuantity);
    }

    private CustodyEvent Event(int? assetId, int? caseFileId, CustodyAction action, int? from, int? to, decimal? quantity, string? reason) => new()
    {
        AssetId = assetId, CaseFileId = caseFileId, AtUtc = DateTime.UtcNow, UserName = User, Action = action, FromUnitId = from, ToUnitId = to, Quantity = quantity, Reason = reason,
    };
}

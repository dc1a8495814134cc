using System.Globalization;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Inventory.Campaigns;
using MergePlanner.Data.Inventory.Handover;
using MergePlanner.Data.Organisation.Lineage;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>The inventory work in progress: a stocktake of each source at 0h 21/6/2025 (old Hải Phòng finished and
/// closed, Hải Dương still counting), a few discrepancies (short, surplus, found without a record), dispositions for
/// most items, and handovers to the new units in every state — so the ledger has something true to show.</summary>
internal sealed class DemoInventoryWorkflow(MergePlannerDbContext db, Random random)
{
    public static readonly DateTime Cutoff = new(2025, 6, 21, 0, 0, 0, DateTimeKind.Unspecified);

    public async Task RunAsync(int mergerId, CancellationToken cancellationToken)
    {
        var merger = await db.Mergers.AsNoTracking().Include(m => m.Sources).ThenInclude(s => s.Unit).SingleAsync(m => m.Id == mergerId, cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new UnitNode(u.Id, u.ParentId, u.OriginId, u.Type, u.Status, u.Code, u.Name)).ToListAsync(cancellationToken);
        var edges = await db.UnitLineages.AsNoTracking().Select(l => new LineageEdge(l.Id, l.FromUnitId, l.ToUnitId, l.Kind, l.Portion, l.SharePercent)).ToListAsync(cancellationToken);
        var map = new LineageMap(units, edges, merger.TargetRootId);
        var byId = units.ToDictionary(u => u.Id);

        foreach (var source in merger.Sources.OrderBy(s => s.Ordinal))
        {
            var finished = source.Ordinal == 1;
            var campaign = new InventoryCampaign
            {
                MergerId = mergerId,
                UnitId = source.UnitId,
                Name = $"Tổng kiểm kê tài sản, hồ sơ – {source.Unit!.Name}",
                CutoffAt = Cutoff,
                Status = CampaignStatus.Open,
            };
            db.InventoryCampaigns.Add(campaign);
            await db.SaveChangesAsync(cancellationToken);

            var assets = await db.Assets.Where(a => a.Unit!.OriginId == source.UnitId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
            var files = await db.CaseFiles.AsNoTracking().Where(c => c.OwningUnit!.OriginId == source.UnitId).OrderBy(c => c.Id).Select(c => new { c.Id, c.OwningUnitId }).ToListAsync(cancellationToken);

            // Found without a record at the count: entered as surplus assets with nothing on the books.
            var prefix = source.Unit.Code;
            var holder = assets[random.Next(assets.Count)].UnitId;
            var unexpected = Enumerable.Range(1, 3).Select(i => new Asset
            {
                Code = string.Create(CultureInfo.InvariantCulture, $"{prefix}-PHKK-{i:000}"),
                Name = i == 1 ? "Máy tính xách tay (phát hiện khi kiểm kê)" : i == 2 ? "Bộ đàm cầm tay (phát hiện khi kiểm kê)" : "Xe mô tô (phát hiện khi kiểm kê)",
                Category = i == 3 ? AssetCategory.Motorcycle : AssetCategory.ItEquipment,
                UnitOfMeasure = "chiếc",
                Quantity = 1,
                Status = AssetStatus.Surplus,
                UnitId = holder,
                Location = byId[holder].Name,
            }).ToList();
            db.Assets.AddRange(unexpected);
            await db.SaveChangesAsync(cancellationToken);

            var lines = new List<(InventoryLine Line, int UnitId)>();
            foreach (var asset in assets)
            {
                lines.Add((new InventoryLine { CampaignId = campaign.Id, AssetId = asset.Id, BookQuantity = asset.Quantity, CountedQuantity = Count(asset.Quantity, finished) }, asset.UnitId));
            }

            lines.AddRange(unexpected.Select(a => (new InventoryLine { CampaignId = campaign.Id, AssetId = a.Id, BookQuantity = 0, CountedQuantity = 1, Note = "Phát hiện khi kiểm kê, chưa có trong sổ sách" }, a.UnitId)));
            lines.AddRange(files.Select(f => (new InventoryLine { CampaignId = campaign.Id, CaseFileId = f.Id, BookQuantity = 1, CountedQuantity = Count(1, finished) }, f.OwningUnitId)));
            foreach (var (line, _) in lines.Where(l => l.Line.CountedQuantity is not null))
            {
                line.CountedBy = "Tổ kiểm kê";
                line.CountedAtUtc = Cutoff.AddDays(random.Next(0, 5)).ToUniversalTime();
                if (line.CountedQuantity < line.BookQuantity)
                {
                    line.Note = "Thiếu so với sổ sách, đã lập biên bản";
                }
            }

            db.InventoryLines.AddRange(lines.Select(l => l.Line));
            await db.SaveChangesAsync(cancellationToken);

            var statusOf = assets.Concat(unexpected).ToDictionary(a => a.Id, a => a.Status);
            var dispositions = new List<(ItemDisposition Disposition, int FromUnit)>();
            foreach (var (line, unitId) in lines.Where(l => l.Line.CountedQuantity is not null))
            {
                if (random.NextDouble() > (finished ? 0.97 : 0.55))
                {
                    continue;
                }

                var counted = line.CountedQuantity!.Value;
                var shortfall = Math.Max(0, line.BookQuantity - counted);
                var target = map.Resolve(unitId).TargetUnitId;
                var outcome = line.AssetId is { } id && statusOf.TryGetValue(id, out var status) ? status switch
                {
                    AssetStatus.DamagedAwaitingLiquidation => DispositionOutcome.LiquidationProposal,
                    AssetStatus.Surplus => DispositionOutcome.SurplusForReallocation,
                    _ => DispositionOutcome.TransferToUnit,
                } : DispositionOutcome.TransferToUnit;
                if (counted > 0)
                {
                    dispositions.Add((Disposition(line, outcome, counted, target), unitId));
                }

                if (shortfall > 0)
                {
                    var missing = Disposition(line, DispositionOutcome.Missing, shortfall, null);

                    // One missing item in ten still lacks its incident record: the ledger must keep it open.
                    missing.IncidentReference = random.Next(10) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"Biên bản sự việc số {random.Next(1, 99):00}/BB ngày {Cutoff.AddDays(3):dd/MM/yyyy}");
                    dispositions.Add((missing, unitId));
                }
            }

            db.ItemDispositions.AddRange(dispositions.Select(d => d.Disposition));
            await db.SaveChangesAsync(cancellationToken);
            await HandoversAsync(dispositions, byId, finished, cancellationToken);

            if (finished)
            {
                campaign.Status = CampaignStatus.Closed;
                campaign.ClosedAtUtc = Cutoff.AddDays(6).ToUniversalTime();
                campaign.ClosedBy = "lanhdao";
            }

            db.CustodyEvents.AddRange(lines.Where(l => l.Line.CountedQuantity is not null).Select(l => new CustodyEvent
            {
                AssetId = l.Line.AssetId, CaseFileId = l.Line.CaseFileId, AtUtc = l.Line.CountedAtUtc!.Value, UserName = "demo", Action = CustodyAction.Counted,
                FromUnitId = l.UnitId, Quantity = l.Line.CountedQuantity, Reason = campaign.Name,
            }));
            db.CustodyEvents.AddRange(dispositions.Select(d => new CustodyEvent
            {
                AssetId = d.Disposition.AssetId, CaseFileId = d.Disposition.CaseFileId, AtUtc = Cutoff.AddDays(6).ToUniversalTime(), UserName = "demo",
                Action = CustodyAction.Disposed, FromUnitId = d.FromUnit, ToUnitId = d.Disposition.TargetUnitId, Quantity = d.Disposition.Quantity, Reason = d.Disposition.Outcome.ToString(),
            }));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private decimal? Count(decimal book, bool finished)
    {
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.012 when !finished => null,
            < 0.03 => Math.Max(0, book - Math.Max(1, Math.Floor(book / 20))),
            < 0.035 => book + 1,
            _ => book,
        };
    }

    private static ItemDisposition Disposition(InventoryLine line, DispositionOutcome outcome, decimal quantity, int? target) => new()
    {
        AssetId = line.AssetId,
        CaseFileId = line.CaseFileId,
        Outcome = outcome,
        Quantity = quantity,
        TargetUnitId = outcome == DispositionOutcome.TransferToUnit ? target : null,
    };

    /// <summary>Transfers grouped by (from, to) into handover batches: most confirmed, some waiting, a few drafts.</summary>
    private async Task HandoversAsync(List<(ItemDisposition Disposition, int FromUnit)> dispositions, Dictionary<int, UnitNode> units, bool finished, CancellationToken cancellationToken)
    {
        var groups = dispositions.Where(d => d.Disposition.Outcome == DispositionOutcome.TransferToUnit && d.Disposition.TargetUnitId is not null)
            .GroupBy(d => (d.FromUnit, To: d.Disposition.TargetUnitId!.Value)).OrderBy(g => g.Key.FromUnit).ToList();
        var number = await db.HandoverBatches.CountAsync(cancellationToken);
        foreach (var group in groups)
        {
            var roll = random.NextDouble();
            if (roll > (finished ? 0.85 : 0.35))
            {
                continue;
            }

            var status = roll < (finished ? 0.7 : 0.15) ? HandoverStatus.Confirmed : roll < (finished ? 0.8 : 0.3) ? HandoverStatus.Sent : HandoverStatus.Draft;
            var from = units[group.Key.FromUnit];
            var batch = new HandoverBatch
            {
                Number = string.Create(CultureInfo.InvariantCulture, $"{++number:000}/BB-{from.Code.Replace('.', '-')}"),
                FromUnitId = group.Key.FromUnit,
                ToUnitId = group.Key.To,
                // The representatives are the heads of the two units, read from the officer records when the minutes are
                // printed. The witness is a third party, never one of the two units: the Ministry department that oversees
                // public assets.
                WitnessName = "Nguyễn Thị Thu Hà",
                WitnessTitle = "Trung tá, Phó Trưởng phòng Quản lý tài sản",
                WitnessUnit = "Cục Kế hoạch và Tài chính, Bộ Công an",
                CreatedAtUtc = Cutoff.AddDays(7).AddHours(9).ToUniversalTime(),
                Status = status,
            };
            foreach (var (disposition, _) in group)
            {
                var receipt = status != HandoverStatus.Confirmed ? ReceiptStatus.Pending
                    : random.Next(40) == 0 ? ReceiptStatus.NotReceived
                    : random.Next(15) == 0 ? ReceiptStatus.ReceivedWithRemarks
                    : ReceiptStatus.Received;
                batch.Lines.Add(new HandoverLine
                {
                    DispositionId = disposition.Id,
                    Quantity = disposition.Quantity,
                    Receipt = receipt,
                    Remark = receipt switch
                    {
                        ReceiptStatus.ReceivedWithRemarks => "Đã nhận; tình trạng kém hơn mô tả",
                        ReceiptStatus.NotReceived => "Chưa nhận được, đề nghị bên giao kiểm tra lại",
                        _ => null,
                    },
                    ConfirmedBy = receipt == ReceiptStatus.Pending ? null : "Đại diện bên nhận",
                    ConfirmedAtUtc = receipt == ReceiptStatus.Pending ? null : Cutoff.AddDays(9).ToUniversalTime(),
                });
            }

            db.HandoverBatches.Add(batch);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

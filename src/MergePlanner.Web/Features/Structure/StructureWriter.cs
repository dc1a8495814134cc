using System.Globalization;
using System.Text.RegularExpressions;
using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Validates and writes units and lineage, for the edit forms and the imports alike: every draft is
/// checked against the database and against the other drafts, every problem is reported, and nothing is written
/// unless all drafts are valid (one transaction). Units are matched by code, so a second import updates.</summary>
public sealed partial class StructureWriter(MergePlannerDbContext db, CurrentUser current, IStringLocalizer<SharedResource> l, Organisation.MergerContext mergers)
{
    public static class Fields
    {
        public const string Code = "Mã đơn vị";
        public const string Name = "Tên đơn vị";
        public const string ShortName = "Tên viết tắt";
        public const string Type = "Loại đơn vị";
        public const string Parent = "Mã đơn vị cấp trên";
        public const string Status = "Trạng thái";
        public const string ValidFrom = "Ngày hiệu lực";
        public const string ValidTo = "Ngày hết hiệu lực";
        public const string SortOrder = "Thứ tự";
        public const string From = "Mã đơn vị nguồn";
        public const string To = "Mã đơn vị kế thừa";
        public const string Kind = "Hình thức";
        public const string Portion = "Phạm vi";
        public const string Share = "Tỷ lệ (%)";
        public const string EffectiveDate = "Ngày hiệu lực";
        public const string Decision = "Số, ngày quyết định";
        public const string Note = "Ghi chú";
        public const string Version = "Phiên bản";
    }

    /// <summary>Every rule error of the drafts, without writing anything.</summary>
    public async Task<IReadOnlyList<DraftError>> ValidateUnitsAsync(IReadOnlyList<UnitDraft> drafts, CancellationToken cancellationToken = default) =>
        ValidateUnits(drafts, await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken));

    public async Task<IReadOnlyList<DraftError>> ValidateLineageAsync(IReadOnlyList<LineageDraft> drafts, CancellationToken cancellationToken = default) =>
        ValidateLineage(
            drafts,
            await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken),
            await db.UnitLineages.AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>The role check every write makes itself (the page's check is a courtesy): see <see cref="Permissions"/>.</summary>
    private bool MayEdit => current.Principal is { } user && Permissions.Allows(user, AppAction.EditStructure);

    private WriteResult Refused => new(0, 0, [new DraftError(0, string.Empty, l["Structure.Err.Forbidden"])]);

    private string ChangedMeanwhile => l["Structure.Err.ChangedMeanwhile"];

    public async Task<WriteResult> WriteUnitsAsync(IReadOnlyList<UnitDraft> drafts, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        if (!MayEdit || await mergers.CurrentAsync(cancellationToken) is not { IsClosed: false } merger)
        {
            return Refused;
        }

        var existing = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var errors = ValidateUnits(drafts, existing);

        // From the effective date a source is merged: its tree takes no new or changed units (inventory, handover and
        // personnel work on its existing units goes on).
        foreach (var draft in drafts)
        {
            var current = existing.GetValueOrDefault(draft.Code);
            var anchor = current ?? (draft.ParentCode is null ? null : existing.GetValueOrDefault(draft.ParentCode));
            var origin = anchor is null ? (int?)null : anchor.OriginId ?? anchor.Id;
            if ((current is null || Differs(current, draft, existing)) && !merger.StructureMayChange(origin))
            {
                errors.Add(new DraftError(draft.RowNumber, Fields.Code, string.Format(CultureInfo.CurrentCulture, l["Structure.SourceMerged"], draft.Code, Components.Shared.Format.Date(merger.EffectiveDate))));
            }
        }

        if (errors.Count > 0)
        {
            return new WriteResult(0, 0, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var byCode = new Dictionary<string, Unit>(existing, StringComparer.OrdinalIgnoreCase);
        int created = 0, updated = 0;
        foreach (var draft in drafts)
        {
            if (byCode.TryGetValue(draft.Code, out var unit))
            {
                if (draft.ExpectedVersion is { } version)
                {
                    // The form's copy decides the concurrency check: a stale form loses instead of overwriting.
                    db.Entry(unit).Property(u => u.Version).OriginalValue = version;
                }

                if (Differs(unit, draft, existing))
                {
                    updated++;
                }
            }
            else
            {
                unit = new Unit { Code = draft.Code, Name = draft.Name };
                db.Units.Add(unit);
                byCode[draft.Code] = unit;
                created++;
            }

            unit.Name = draft.Name;
            unit.ShortName = draft.ShortName;
            unit.Type = draft.Type!.Value;
            unit.Status = draft.Status;
            unit.ValidFrom = draft.ValidFrom;
            unit.ValidTo = draft.ValidTo;
            unit.SortOrder = draft.SortOrder ?? unit.SortOrder;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The transaction is rolled back as it is disposed: nothing of the drafts is written.
            db.ChangeTracker.Clear();
            return new WriteResult(0, 0, [new DraftError(0, Fields.Name, ChangedMeanwhile)]);
        }

        // Parents and origins once every unit has its key (a parent may be a new row of the same file).
        foreach (var draft in drafts)
        {
            var unit = byCode[draft.Code];
            var parent = draft.ParentCode is null ? null : byCode[draft.ParentCode];
            unit.ParentId = parent?.Id;
            unit.OriginId = parent is null ? unit.Id : parent.OriginId ?? parent.Id;
        }

        // Children of a re-parented unit follow its origin.
        var byId = byCode.Values.ToDictionary(u => u.Id);
        foreach (var unit in byCode.Values.Where(u => u.ParentId is not null))
        {
            unit.OriginId = OriginOf(unit, byId);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(created, updated, []);
    }

    public async Task<WriteResult> WriteLineageAsync(IReadOnlyList<LineageDraft> drafts, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!MayEdit || await mergers.IsClosedAsync(cancellationToken))
        {
            return Refused;
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code }).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var current = await db.UnitLineages.ToListAsync(cancellationToken);
        var errors = ValidateLineage(drafts, units, current);
        if (errors.Count > 0)
        {
            return new WriteResult(0, 0, errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int created = 0, updated = 0;
        foreach (var draft in drafts)
        {
            var from = units[draft.FromCode];
            int? to = draft.ToCode is null ? null : units[draft.ToCode];
            var row = current.FirstOrDefault(l => l.FromUnitId == from && l.ToUnitId == to && (to is not null || l.Kind == LineageKind.Dissolved));
            if (row is null)
            {
                row = new UnitLineage { FromUnitId = from, ToUnitId = to };
                db.UnitLineages.Add(row);
                current.Add(row);
                created++;
            }
            else if (row.Kind != draft.Kind || row.Portion != draft.Portion || row.SharePercent != draft.SharePercent || row.EffectiveDate != draft.EffectiveDate
                     || row.DecisionReference != draft.DecisionReference || row.Note != draft.Note)
            {
                updated++;
            }

            row.Kind = draft.Kind!.Value;
            row.Portion = draft.Portion;
            row.SharePercent = draft.SharePercent;
            row.EffectiveDate = draft.EffectiveDate!.Value;
            row.DecisionReference = draft.DecisionReference;
            row.Note = draft.Note;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(created, updated, []);
    }

    public async Task<bool> RemoveLineageAsync(int lineageId, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!MayEdit || await mergers.IsClosedAsync(cancellationToken))
        {
            return false;
        }

        var row = await db.UnitLineages.FindAsync([lineageId], cancellationToken);
        if (row is null)
        {
            return false;
        }

        db.UnitLineages.Remove(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Whether a draft changes its unit (an unchanged row of a re-imported file is no change).</summary>
    private static bool Differs(Unit unit, UnitDraft draft, Dictionary<string, Unit> existing) =>
        unit.Name != draft.Name || unit.ShortName != draft.ShortName || unit.Type != draft.Type || unit.Status != draft.Status
        || unit.ValidFrom != draft.ValidFrom || unit.ValidTo != draft.ValidTo || (draft.SortOrder is { } o && unit.SortOrder != o)
        || !string.Equals(ParentCodeOf(unit, existing), draft.ParentCode, StringComparison.OrdinalIgnoreCase);

    private List<DraftError> ValidateUnits(IReadOnlyList<UnitDraft> drafts, Dictionary<string, Unit> existing)
    {
        var errors = new List<DraftError>();
        var inFile = drafts.GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var byId = existing.Values.ToDictionary(u => u.Id);
        foreach (var d in drafts)
        {
            void Add(string field, string message) => errors.Add(new DraftError(d.RowNumber, field, message));

            if (string.IsNullOrWhiteSpace(d.Code))
            {
                Add(Fields.Code, l["Structure.Err.Required"]);
            }
            else if (d.Code.Length > 64 || !CodePattern().IsMatch(d.Code))
            {
                Add(Fields.Code, l["Structure.Err.CodeChars"]);
            }
            else if (inFile[d.Code][0] != d)
            {
                Add(Fields.Code, MergePlanner.Web.Spreadsheets.Duplicates.Message(inFile[d.Code][0].RowNumber));
            }

            if (string.IsNullOrWhiteSpace(d.Name))
            {
                Add(Fields.Name, l["Structure.Err.Required"]);
            }
            else if (d.Name.Length > 256)
            {
                Add(Fields.Name, l["Structure.Err.Max256"]);
            }

            if (d.ShortName?.Length > 64)
            {
                Add(Fields.ShortName, l["Structure.Err.Max64"]);
            }

            if (d.Type is null)
            {
                Add(Fields.Type, l["Structure.Err.TypeRequired"]);
            }
            else if (d.Type != UnitType.ProvincialPolice && string.IsNullOrWhiteSpace(d.ParentCode))
            {
                Add(Fields.Parent, l["Structure.Err.ParentRequired"]);
            }

            if (d.ParentCode is { } parentCode && !string.IsNullOrWhiteSpace(d.Code))
            {
                if (string.Equals(parentCode, d.Code, StringComparison.OrdinalIgnoreCase))
                {
                    Add(Fields.Parent, l["Structure.Err.OwnParent"]);
                }
                else if (!existing.ContainsKey(parentCode) && !inFile.ContainsKey(parentCode))
                {
                    Add(Fields.Parent, string.Format(CultureInfo.CurrentCulture, l["Common.NoUnitCode"], parentCode));
                }
                else if (ParentChainReaches(parentCode, d.Code, drafts, existing, byId))
                {
                    Add(Fields.Parent, l["Structure.Err.ParentLoop"]);
                }
                else if (existing.TryGetValue(d.Code, out var current) && existing.TryGetValue(parentCode, out var parent)
                         && current.OriginId is { } origin && parent.OriginId is { } parentOrigin && origin != parentOrigin && current.OriginId != current.Id)
                {
                    Add(Fields.Parent, l["Structure.Err.OtherTree"]);
                }
            }

            if (d.Status == UnitStatus.Archived && d.ValidTo is null)
            {
                Add(Fields.ValidTo, l["Structure.Err.ArchivedNeedsEnd"]);
            }

            if (d.ValidFrom is { } from && d.ValidTo is { } to && to < from)
            {
                Add(Fields.ValidTo, l["Structure.Err.EndBeforeStart"]);
            }
        }

        return errors;
    }

    private List<DraftError> ValidateLineage(IReadOnlyList<LineageDraft> drafts, Dictionary<string, int> units, List<UnitLineage> current)
    {
        var errors = new List<DraftError>();
        var planned = current.Select(l => new LineageEdge(l.Id, l.FromUnitId, l.ToUnitId, l.Kind, l.Portion, l.SharePercent)).ToList();

        // One row per pair of units: a second row for the same pair is a mistake, not "the last row wins".
        var firstRowOfPair = new Dictionary<(string From, string To), int>();
        foreach (var d in drafts)
        {
            void Add(string field, string message) => errors.Add(new DraftError(d.RowNumber, field, message));
            var pair = (d.FromCode.Trim().ToUpperInvariant(), (d.ToCode ?? string.Empty).Trim().ToUpperInvariant());
            if (d.FromCode.Length > 0 && !firstRowOfPair.TryAdd(pair, d.RowNumber))
            {
                Add(Fields.To, string.Format(CultureInfo.CurrentCulture, l["Structure.Err.DuplicatePair"], firstRowOfPair[pair]));
                continue;
            }

            var fromOk = units.TryGetValue(d.FromCode, out var from);
            if (string.IsNullOrWhiteSpace(d.FromCode))
            {
                Add(Fields.From, l["Structure.Err.Required"]);
            }
            else if (!fromOk)
            {
                Add(Fields.From, string.Format(CultureInfo.CurrentCulture, l["Common.NoUnitCode"], d.FromCode));
            }

            var to = 0;
            var toOk = d.ToCode is not null && units.TryGetValue(d.ToCode, out to);
            if (d.Kind is null)
            {
                Add(Fields.Kind, l["Structure.Err.KindRequired"]);
            }
            else if (d.Kind == LineageKind.Dissolved && d.ToCode is not null)
            {
                Add(Fields.To, l["Structure.Err.DissolvedNoSuccessor"]);
            }
            else if (d.Kind != LineageKind.Dissolved && d.ToCode is null)
            {
                Add(Fields.To, l["Structure.Err.SuccessorRequired"]);
            }
            else if (d.ToCode is not null && !toOk)
            {
                Add(Fields.To, string.Format(CultureInfo.CurrentCulture, l["Common.NoUnitCode"], d.ToCode));
            }

            if (fromOk && toOk && from == to)
            {
                Add(Fields.To, l["Structure.Err.OwnSuccessor"]);
            }

            if (d.SharePercent is { } share && (share <= 0 || share > 100))
            {
                Add(Fields.Share, l["Structure.Err.ShareRange"]);
            }

            if (d.Kind == LineageKind.Split && d.SharePercent is null)
            {
                Add(Fields.Share, l["Structure.Err.SplitNeedsShare"]);
            }

            if (d.EffectiveDate is null)
            {
                Add(Fields.EffectiveDate, l["Structure.Err.DateRequired"]);
            }

            if (fromOk && toOk && from != to && d.Kind is not null && !planned.Any(e => e.FromUnitId == from && e.ToUnitId == to))
            {
                if (LineageRules.WouldCreateCycle(planned, from, to))
                {
                    Add(Fields.To, l["Structure.Err.LineageLoop"]);
                }
                else
                {
                    planned.Add(new LineageEdge(0, from, to, d.Kind.Value, d.Portion, d.SharePercent));
                }
            }
            else if (fromOk && toOk && d.Kind is not null)
            {
                planned = planned.Select(e => e.FromUnitId == from && e.ToUnitId == to ? e with { Kind = d.Kind.Value, Portion = d.Portion, SharePercent = d.SharePercent } : e).ToList();
            }
        }

        // Shares of a split add up to 100 once every row of the file is applied.
        if (errors.Count == 0)
        {
            foreach (var group in planned.Where(e => e.Kind == LineageKind.Split).GroupBy(e => e.FromUnitId))
            {
                var total = group.Sum(e => e.SharePercent ?? 0);
                if (Math.Abs(total - 100m) > LineageRules.ShareTolerance)
                {
                    var code = units.First(u => u.Value == group.Key).Key;
                    foreach (var d in drafts.Where(d => string.Equals(d.FromCode, code, StringComparison.OrdinalIgnoreCase)))
                    {
                        errors.Add(new DraftError(d.RowNumber, Fields.Share, string.Format(CultureInfo.CurrentCulture, l["Structure.Err.SplitTotal"], code, total.ToString("0.##", CultureInfo.CurrentCulture))));
                    }
                }
            }
        }

        return errors;
    }

    private static bool ParentChainReaches(string parentCode, string code, IReadOnlyList<UnitDraft> drafts, Dictionary<string, Unit> existing, Dictionary<int, Unit> byId)
    {
        var draftParents = drafts.Where(d => d.ParentCode is not null).GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().ParentCode!, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var current = parentCode;
        while (current is not null && seen.Add(current))
        {
            if (string.Equals(current, code, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            current = draftParents.TryGetValue(current, out var next) ? next
                : existing.TryGetValue(current, out var unit) && unit.ParentId is { } pid && byId.TryGetValue(pid, out var parent) ? parent.Code
                : null;
        }

        return false;
    }

    private static string? ParentCodeOf(Unit unit, Dictionary<string, Unit> existing) =>
        unit.ParentId is { } id ? existing.Values.FirstOrDefault(u => u.Id == id)?.Code : null;

    private static int? OriginOf(Unit unit, Dictionary<int, Unit> byId)
    {
        var current = unit;
        var guard = 0;
        while (current.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent) && guard++ < 64)
        {
            current = parent;
        }

        return current.Id;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex CodePattern();
}

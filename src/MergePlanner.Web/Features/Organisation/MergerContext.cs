using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

public sealed record RootUnit(int Id, string Name, string ShortName, bool IsTarget);

public sealed record MergerInfo(int Id, string Name, DateOnly EffectiveDate, MergerStatus Status, string? DecisionReference, IReadOnlyList<RootUnit> Sources, RootUnit Target)
{
    public IEnumerable<RootUnit> Roots => Sources.Append(Target);

    public RootUnit? RootOf(int? originId) => Roots.FirstOrDefault(r => r.Id == originId);
}

/// <summary>The merger the app is working on, with its source and target roots, loaded once per request.</summary>
public sealed class MergerContext(MergePlannerDbContext db)
{
    private MergerInfo? _current;
    private bool _loaded;

    public async Task<MergerInfo?> CurrentAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded)
        {
            return _current;
        }

        var merger = await db.Mergers.AsNoTracking()
            .Include(m => m.TargetUnit)
            .Include(m => m.Sources).ThenInclude(s => s.Unit)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        _loaded = true;
        if (merger is null)
        {
            return null;
        }

        static RootUnit Root(Unit unit, bool target) => new(unit.Id, unit.Name, unit.ShortName ?? unit.Name, target);
        _current = new MergerInfo(
            merger.Id,
            merger.Name,
            merger.EffectiveDate,
            merger.Status,
            merger.DecisionReference,
            merger.Sources.OrderBy(s => s.Ordinal).Select(s => Root(s.Unit!, false)).ToList(),
            Root(merger.TargetUnit!, true));
        return _current;
    }
}

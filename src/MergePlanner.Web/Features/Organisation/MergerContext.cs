using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

public sealed record RootUnit(int Id, string Name, string ShortName, bool IsTarget);

public sealed record MergerInfo(int Id, string Name, DateOnly EffectiveDate, MergerStatus Status, string? DecisionReference, IReadOnlyList<RootUnit> Sources, RootUnit Target, MergerPhase Phase = MergerPhase.Preparing)
{
    public bool IsClosed => Phase == MergerPhase.Closed;

    /// <summary>Whether the unit tree with this origin (a root's id) may still change (<see cref="MergerLife"/>).</summary>
    public bool StructureMayChange(int? originId) => MergerLife.StructureMayChange(Phase, Sources.Any(s => s.Id == originId));

    /// <summary>A unit of a source shows as merged from the effective date on, not as a force at work.</summary>
    public bool ShowsAsMerged(int? originId) => Phase != MergerPhase.Preparing && Sources.Any(s => s.Id == originId);

    public IEnumerable<RootUnit> Roots => Sources.Append(Target);

    public RootUnit? RootOf(int? originId) => Roots.FirstOrDefault(r => r.Id == originId);
}

/// <summary>The merger the app is working on, with its source and target roots, shared while one page is drawn.</summary>
public sealed class MergerContext(MergePlannerDbContext db, TimeProvider clock)
{
    private readonly Circuits.DrawCache<MergerInfo?> _current = new(clock, db);

    public Task<MergerInfo?> CurrentAsync(CancellationToken cancellationToken = default) => _current.GetAsync(() => LoadAsync(cancellationToken));

    /// <summary>Closed mergers are read-only: every service asks this before a change.</summary>
    public async Task<bool> IsClosedAsync(CancellationToken cancellationToken = default) => (await CurrentAsync(cancellationToken))?.IsClosed ?? false;

    private async Task<MergerInfo?> LoadAsync(CancellationToken cancellationToken)
    {
        var merger = await db.Mergers.AsNoTracking()
            .Include(m => m.TargetUnit)
            .Include(m => m.Sources).ThenInclude(s => s.Unit)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (merger is null)
        {
            return null;
        }

        static RootUnit Root(Unit unit, bool target) => new(unit.Id, unit.Name, unit.ShortName ?? unit.Name, target);
        return new MergerInfo(
            merger.Id,
            merger.Name,
            merger.EffectiveDate,
            merger.Status,
            merger.DecisionReference,
            merger.Sources.OrderBy(s => s.Ordinal).Select(s => Root(s.Unit!, false)).ToList(),
            Root(merger.TargetUnit!, true),
            MergerLife.Phase(merger.Status, merger.EffectiveDate, DateOnly.FromDateTime(clock.GetLocalNow().Date)));
    }
}

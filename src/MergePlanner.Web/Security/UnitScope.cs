using System.Security.Claims;
using MergePlanner.Data;
using MergePlanner.Data.Identity;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Security;

/// <summary>The units the current user may act on: everything, or a UnitStaff member's unit and all below it.</summary>
public sealed class UnitScope
{
    private readonly HashSet<int> _unitIds;

    private UnitScope(bool all, HashSet<int> unitIds, int? homeUnitId, bool refused = false)
    {
        IsAll = all;
        IsRefused = refused;
        _unitIds = unitIds;
        HomeUnitId = homeUnitId;
    }

    public static UnitScope Everything { get; } = new(true, [], null);

    public static UnitScope Nothing { get; } = new(false, [], null);

    /// <summary>The answer to a filter naming a unit outside the person's scope: it includes nothing (so a page that
    /// forgot to check still shows no row), and says so, so the page can answer 403.</summary>
    public static UnitScope Refused { get; } = new(false, [], null, refused: true);

    public bool IsRefused { get; }

    public bool IsAll { get; }

    public int? HomeUnitId { get; }

    public IReadOnlyCollection<int> UnitIds => _unitIds;

    public bool Includes(int unitId) => IsAll || _unitIds.Contains(unitId);

    /// <summary>Exactly these units (e.g. the source units whose lineage leads into one target unit).</summary>
    public static UnitScope Only(IEnumerable<int> unitIds) => new(false, [.. unitIds], null);

    public UnitScope Intersect(UnitScope other) =>
        IsRefused || other.IsRefused ? Refused : IsAll ? other : other.IsAll ? this : new UnitScope(false, [.. _unitIds.Where(other.Includes)], HomeUnitId);

    public static UnitScope Subtree(int homeUnitId, IEnumerable<(int Id, int? ParentId)> units)
    {
        var children = units.Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!.Value, u => u.Id);
        var ids = new HashSet<int>();
        var pending = new Stack<int>([homeUnitId]);
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (ids.Add(id))
            {
                foreach (var child in children[id])
                {
                    pending.Push(child);
                }
            }
        }

        return new UnitScope(false, ids, homeUnitId);
    }
}

/// <summary>Works out the current user's <see cref="UnitScope"/>, shared while one page is drawn: a unit added below
/// the person's own since is in scope on the next page.</summary>
public sealed class UnitScopeService(MergePlannerDbContext db, CurrentUser current, TimeProvider clock, Features.Organisation.MergerContext? mergers = null)
{
    public const string UnitClaim = "mp:unit";

    private readonly Circuits.DrawCache<UnitScope> _scope = new(clock, db);

    public async Task<UnitScope> GetAsync(CancellationToken cancellationToken = default)
    {
        // Cached for the principal it was worked out for: a circuit's user can change (revalidation).
        var user = current.Principal;
        return await _scope.GetAsync(() => ForAsync(user, cancellationToken), user);
    }

    /// <summary>The signed-in user's name, for the audit trail of writes that bypass the change tracker.</summary>
    public string UserName => current.Name;

    /// <summary>The units where the user may take this action: their read scope if <see cref="Permissions"/> gives
    /// their role the action, otherwise nothing.</summary>
    public async Task<UnitScope> GetWritableAsync(AppAction action, CancellationToken cancellationToken = default)
    {
        // A closed merger is an archive: nothing in it changes any more, whoever asks.
        if (!Permissions.Allows(current.Principal, action) || (mergers is not null && await mergers.IsClosedAsync(cancellationToken)))
        {
            return UnitScope.Nothing;
        }

        return await GetAsync(cancellationToken);
    }

    private async Task<UnitScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Policies.ReadAllRoles.Any(user.IsInRole))
        {
            return UnitScope.Everything;
        }

        if (!user.IsInRole(Roles.UnitStaff) || !int.TryParse(user.FindFirstValue(UnitClaim), out var homeUnitId))
        {
            return UnitScope.Nothing;
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        return UnitScope.Subtree(homeUnitId, units.Select(u => (u.Id, u.ParentId)));
    }
}

public static class UnitScopeQueryExtensions
{
    /// <summary>Restricts a query to rows whose unit is in scope; no filter for a read-all user.</summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> query, UnitScope scope, System.Linq.Expressions.Expression<Func<T, int>> unitOf)
    {
        if (scope.IsAll)
        {
            return query;
        }

        var ids = scope.UnitIds.ToList();
        var parameter = unitOf.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)],
            System.Linq.Expressions.Expression.Constant(ids), unitOf.Body);
        return query.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, parameter));
    }
}

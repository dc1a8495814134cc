using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

/// <summary>Subtree look-ups for list filters ("this unit and everything below it"), always within the user's
/// scope: a unit outside it is <see cref="UnitScope.Refused"/>, never added to what the user may read.</summary>
public static class UnitTree
{
    public static async Task<UnitScope> FilterAsync(MergePlannerDbContext db, UnitScope scope, int? unitId, CancellationToken cancellationToken = default)
    {
        if (unitId is not { } id)
        {
            return scope;
        }

        if (!scope.Includes(id))
        {
            return UnitScope.Refused;
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var subtree = UnitScope.Subtree(id, units.Select(u => (u.Id, u.ParentId)));
        return subtree.Intersect(scope);
    }
}

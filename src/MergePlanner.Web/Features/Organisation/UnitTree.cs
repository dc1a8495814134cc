using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Organisation;

/// <summary>Subtree look-ups for list filters ("this unit and everything below it"), always intersected
/// with the user's scope.</summary>
public static class UnitTree
{
    public static async Task<UnitScope> FilterAsync(MergePlannerDbContext db, UnitScope scope, int? unitId, CancellationToken cancellationToken = default)
    {
        if (unitId is not { } id)
        {
            return scope;
        }

        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken);
        var subtree = UnitScope.Subtree(id, units.Select(u => (u.Id, u.ParentId)));
        return scope.IsAll ? subtree : UnitScope.Subtree(id, units.Where(u => scope.Includes(u.Id)).Select(u => (u.Id, u.ParentId)));
    }
}

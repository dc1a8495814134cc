using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel.Support;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>The months of the officers who work at the new centre, far from home, under the merger's support policies:
/// from the effective month to the end of 2025, days at the centre mostly 14 or more, some fewer, a few with a house
/// nearby or official housing. Only officers placed in the new province's departments (at the centre), not in communes.</summary>
internal sealed class DemoSupport(MergePlannerDbContext db, Random random)
{
    public async Task FillAsync(string provinceCode, DateOnly effectiveDate, int seatOriginId, CancellationToken cancellationToken)
    {
        if (SupportPolicies.For(provinceCode).Count == 0)
        {
            return;
        }

        var officers = await db.Officers.AsNoTracking()
            .Where(o => o.OriginId != seatOriginId && o.PlacedUnit != null && (o.PlacedUnit.Type == UnitType.Department || o.PlacedUnit.Type == UnitType.Directorate))
            .OrderBy(o => o.Id).Select(o => o.Id).ToListAsync(cancellationToken);
        for (var month = new DateOnly(effectiveDate.Year, effectiveDate.Month, 1); month.Year == effectiveDate.Year; month = month.AddMonths(1))
        {
            foreach (var id in officers)
            {
                var roll = random.NextDouble();
                db.SupportAttendances.Add(new SupportAttendance
                {
                    OfficerId = id, Year = month.Year, Month = month.Month,
                    DaysWorked = roll < 0.12 ? random.Next(6, 14) : random.Next(14, 23),
                    OwnsHouseNearby = roll > 0.97, HasOfficialHousing = roll is > 0.95 and <= 0.97,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

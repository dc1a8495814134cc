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
                var days = roll < 0.12 ? random.Next(6, 14) : random.Next(14, 23);

                // Needs follow from the month without another draw: most eat at the centre, one in three asks for a bed
                // (those without official housing), one in four for a seat on the shuttle.
                db.SupportAttendances.Add(new SupportAttendance
                {
                    OfficerId = id, Year = month.Year, Month = month.Month, DaysWorked = days,
                    OwnsHouseNearby = roll > 0.97, HasOfficialHousing = roll is > 0.95 and <= 0.97,
                    NeedsMeals = days >= 14, NeedsHousing = roll < 0.33 && roll >= 0.12, NeedsTransport = id % 4 == 0 && roll <= 0.95,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await FacilitiesAsync(seatOriginId, cancellationToken);
    }

    /// <summary>The welfare facilities the seat's register holds: its first buildings a dormitory and a canteen, its first
    /// cars shuttles — with capacities short of the need, as the 2025 reports of crowded canteens and dormitories said.</summary>
    private async Task FacilitiesAsync(int seatOriginId, CancellationToken cancellationToken)
    {
        var buildings = await db.Assets.Where(a => a.Category == Data.Inventory.AssetCategory.Building && a.Unit!.OriginId == seatOriginId && a.Status == Data.Inventory.AssetStatus.InUse)
            .OrderBy(a => a.Id).Take(4).ToListAsync(cancellationToken);
        var kinds = new[] { (Data.Inventory.WelfareFacility.Dormitory, 120), (Data.Inventory.WelfareFacility.Canteen, 350), (Data.Inventory.WelfareFacility.Dormitory, 80), (Data.Inventory.WelfareFacility.Canteen, 200) };
        foreach (var (building, (kind, capacity)) in buildings.Zip(kinds))
        {
            (building.Facility, building.Capacity) = (kind, capacity);
        }

        foreach (var car in await db.Assets.Where(a => a.Category == Data.Inventory.AssetCategory.Car && a.Unit!.OriginId == seatOriginId && a.Status == Data.Inventory.AssetStatus.InUse)
                     .OrderBy(a => a.Id).Take(6).ToListAsync(cancellationToken))
        {
            (car.Facility, car.Capacity) = (Data.Inventory.WelfareFacility.Shuttle, 29);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

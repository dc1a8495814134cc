using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Placement;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>Places every officer in the new structure "nguyên trạng" (along lineage), then settles the
/// leadership of each new unit the way the 2025 announcements did: one head (the most senior; the Director from
/// Hải Dương), the other heads become deputies, deputies of commune units capped — except in a few units
/// deliberately left over the cap, so the staffing checks have something true to show; one former commune unit in
/// twelve of the other locality waits for its transfer. Sets biên chế per unit.</summary>
internal sealed class DemoPlacement(MergePlannerDbContext db, Random random)
{
    public async Task PlaceAsync(int mergerId, int directorOriginId, CancellationToken cancellationToken)
    {
        var merger = await db.Mergers.AsNoTracking().SingleAsync(m => m.Id == mergerId, cancellationToken);
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitNode(u.Id, u.ParentId, u.OriginId, u.Type, u.Status, u.Code, u.Name)).ToListAsync(cancellationToken);
        var edges = await db.UnitLineages.AsNoTracking()
            .Select(l => new LineageEdge(l.Id, l.FromUnitId, l.ToUnitId, l.Kind, l.Portion, l.SharePercent)).ToListAsync(cancellationToken);
        var map = new LineageMap(units, edges, merger.TargetRootId);
        var byId = units.ToDictionary(u => u.Id);
        var officers = await db.Officers.ToListAsync(cancellationToken);
        var rules = OrganisationRuleSet.Default;

        // A few former commune units of the other locality are not moved yet: the placement page has its "nguyên
        // trạng" transfers still to do, and their new units the caps such a transfer passes.
        var waiting = units.Where(u => u.OriginId != directorOriginId && u.OriginId != merger.TargetUnitId && StaffingRules.IsCommuneLevel(u.Type))
            .OrderBy(u => u.Code, StringComparer.Ordinal).Where((_, i) => i % 12 == 5).Select(u => u.Id).ToHashSet();
        var commune = 0;
        foreach (var group in officers.Where(o => !waiting.Contains(o.UnitId)).GroupBy(o => map.Resolve(o.UnitId).TargetUnitId).Where(g => g.Key is not null).OrderBy(g => g.Key))
        {
            var unit = byId[group.Key!.Value];
            var ordered = group
                .OrderBy(o => StaffingRules.GroupOf(o.Position))
                .ThenByDescending(o => o.Position == Position.Director && o.OriginId == directorOriginId)
                .ThenByDescending(o => o.Rank)
                .ThenBy(o => o.BirthDate)
                .ToList();
            var communeLevel = StaffingRules.IsCommuneLevel(unit.Type);
            var deputyCap = communeLevel && ++commune % 19 != 0 ? rules.CommuneMaximumDeputies : int.MaxValue;
            var headPlaced = false;
            var deputies = 0;
            foreach (var officer in ordered)
            {
                officer.PlacedUnitId = unit.Id;
                var current = StaffingRules.GroupOf(officer.Position);
                if (current == PositionGroup.Head && !headPlaced)
                {
                    officer.PlacedPosition = officer.Position;
                    headPlaced = true;
                }
                else if (current is PositionGroup.Head or PositionGroup.Deputy && deputies < deputyCap)
                {
                    officer.PlacedPosition = DeputyOf(officer.Position);
                    deputies++;
                }
                else if (current is PositionGroup.Head or PositionGroup.Deputy)
                {
                    officer.PlacedPosition = communeLevel ? Position.CommuneOfficer : Position.StaffOfficer;
                }
                else
                {
                    officer.PlacedPosition = officer.Position;
                }
            }
        }

        // The history the placement page and each officer's page show: moved as is, or arranged for the leadership.
        var at = merger.EffectiveDate.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
        db.PlacementRecords.AddRange(officers.Where(o => o.PlacedUnitId is not null).Select(o => new PlacementRecord
        {
            OfficerId = o.Id, Kind = o.PlacedPosition == o.Position ? PlacementKind.Bulk : PlacementKind.Individual, ToUnitId = o.PlacedUnitId!.Value,
            ToPosition = o.PlacedPosition!.Value, Reason = o.PlacedPosition == o.Position ? "Chuyển nguyên trạng theo đơn vị" : "Sắp xếp lãnh đạo sau hợp nhất",
            UserName = "Phòng Tổ chức cán bộ (dữ liệu mẫu)", AtUtc = at,
        }));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.StaffingQuotas.AddRange(Quotas(officers, units.Where(u => u.OriginId == merger.TargetUnitId && u.Id != merger.TargetRootId)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private IEnumerable<StaffingQuota> Quotas(List<Officer> officers, IEnumerable<UnitNode> targetUnits)
    {
        var placed = officers.Where(o => o.PlacedUnitId is not null).ToLookup(o => o.PlacedUnitId!.Value);
        foreach (var unit in targetUnits.OrderBy(u => u.Id))
        {
            var staff = placed[unit.Id].Count(o => StaffingRules.GroupOf(o.PlacedPosition!.Value) == PositionGroup.Staff);
            var deputiesPlaced = placed[unit.Id].Count(o => StaffingRules.GroupOf(o.PlacedPosition!.Value) == PositionGroup.Deputy);

            // Biên chế close to the people placed, a little short here and there: the merged force may not be
            // larger than the two were, so a few units end up over their quota, as in reality.
            var shortBy = random.Next(12) == 0 ? 1 : 0;
            var (heads, deputies, staffQuota) = unit.Type switch
            {
                UnitType.Directorate => (1, 7, 0),
                UnitType.Station => (1, 2, 10),
                _ when StaffingRules.IsCommuneLevel(unit.Type) => (1, Math.Min(OrganisationRuleSet.Default.CommuneMaximumDeputies, Math.Max(deputiesPlaced, 1)), Math.Max(0, staff - shortBy)),
                _ => (1, Math.Max(deputiesPlaced, 1), Math.Max(0, staff - shortBy)),
            };
            yield return new StaffingQuota { UnitId = unit.Id, Group = PositionGroup.Head, Authorised = heads };
            yield return new StaffingQuota { UnitId = unit.Id, Group = PositionGroup.Deputy, Authorised = deputies };
            yield return new StaffingQuota { UnitId = unit.Id, Group = PositionGroup.Staff, Authorised = staffQuota };
        }
    }

    private static Position DeputyOf(Position position) => position switch
    {
        Position.Director or Position.DeputyDirector => Position.DeputyDirector,
        Position.DepartmentHead or Position.DeputyDepartmentHead => Position.DeputyDepartmentHead,
        Position.CommuneChief or Position.DeputyCommuneChief => Position.DeputyCommuneChief,
        Position.StationChief or Position.DeputyStationChief => Position.DeputyStationChief,
        _ => position,
    };
}

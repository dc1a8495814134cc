using MergePlanner.Data.Organisation;
using MergePlanner.Data.Party;
using MergePlanner.Data.Personnel;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>
/// The demo's Party organisations and congresses (issue 11, points 4–5, 7): for each source police and the new one an
/// upper committee, a grassroots committee per department and two cells under each; the sources mapped to the new
/// organisations (departments merged with their namesakes, cells transferred, one dissolved, a few still undecided),
/// membership records part handed over; congresses of the new organisations in every state along the bottom-up
/// schedule, with committee candidates of whom some are too close to their service limit.
/// </summary>
internal sealed class DemoParty(MergePlannerDbContext db, Random random)
{
    public async Task FillAsync(int mergerId, DateOnly effectiveDate, CancellationToken cancellationToken)
    {
        var merger = await db.Mergers.Include(m => m.Sources).SingleAsync(m => m.Id == mergerId, cancellationToken);
        var roots = merger.Sources.OrderBy(s => s.Ordinal).Select(s => s.UnitId).Append(merger.TargetRootId).ToList();
        var units = await db.Units.Where(u => u.MergerId == mergerId && roots.Contains(u.Id) || (u.MergerId == mergerId && u.Type == UnitType.Department && u.OriginId != null))
            .Select(u => new { u.Id, u.Code, u.Name, u.Type, u.OriginId }).ToListAsync(cancellationToken);
        var officers = await db.Officers.Where(o => o.MergerId == mergerId)
            .Select(o => new { o.Id, o.UnitId, o.PlacedUnitId, o.OriginId, o.Rank, o.BirthDate }).ToListAsync(cancellationToken);

        var organisations = new Dictionary<int, List<(PartyOrganisation Org, string Suffix)>>();
        foreach (var rootId in roots)
        {
            var root = units.Single(u => u.Id == rootId);
            var isTarget = rootId == merger.TargetRootId;
            var upper = new PartyOrganisation
            {
                MergerId = mergerId, Code = $"{root.Code}.DB", Name = $"Đảng bộ {root.Name}", Kind = PartyOrgKind.UpperCommittee, OriginId = rootId, UnitId = rootId,
            };
            var list = new List<(PartyOrganisation, string)> { (upper, "DB") };
            foreach (var department in units.Where(u => u.Type == UnitType.Department && u.OriginId == rootId).OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                var suffix = department.Code[(department.Code.IndexOf('.') + 1)..];
                var staff = officers.Count(o => isTarget ? o.PlacedUnitId == department.Id : o.UnitId == department.Id);
                var grassroots = new PartyOrganisation
                {
                    MergerId = mergerId, Code = $"{department.Code}.DB", Name = $"Đảng bộ {department.Name}", Kind = PartyOrgKind.GrassrootsCommittee,
                    Parent = upper, OriginId = rootId, UnitId = department.Id,
                };
                list.Add((grassroots, suffix));
                var members = isTarget ? 0 : Math.Max(6, staff * 17 / 20);
                for (var cell = 1; cell <= 2; cell++)
                {
                    list.Add((new PartyOrganisation
                    {
                        MergerId = mergerId, Code = $"{department.Code}.CB{cell}", Name = $"Chi bộ {cell} – {department.Name}", Kind = PartyOrgKind.Cell,
                        Parent = grassroots, OriginId = rootId, UnitId = department.Id, Members = cell == 1 ? (members + 1) / 2 : members / 2,
                    }, $"{suffix}.CB{cell}"));
                }
            }

            organisations[rootId] = list;
            db.PartyOrganisations.AddRange(list.Select(x => x.Item1));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The sources' fates: each to its namesake in the new police; one in fifteen still undecided; one cell dissolved.
        var targets = organisations[merger.TargetRootId].ToDictionary(x => x.Suffix, x => x.Org);
        var dissolved = false;
        var index = 0;
        foreach (var (org, suffix) in roots.Where(r => r != merger.TargetRootId).SelectMany(r => organisations[r]))
        {
            if (++index % 15 == 0)
            {
                continue;
            }

            var successor = targets.GetValueOrDefault(suffix) ?? targets.GetValueOrDefault(suffix.Split('.')[0]) ?? targets["DB"];
            (org.Fate, org.SuccessorId) = (org.Kind == PartyOrgKind.Cell ? PartyOrgFate.Transfer : PartyOrgFate.Merge, successor.Id);
            if (!dissolved && org.Kind == PartyOrgKind.Cell && suffix.EndsWith("CB2", StringComparison.Ordinal))
            {
                // One cell too small to stand alone after the merger: dissolved, its members join the department's committee.
                (org.Fate, org.SuccessorId, org.FateNote, dissolved) = (PartyOrgFate.Dissolve, (targets.GetValueOrDefault(suffix.Split('.')[0]) ?? targets["DB"]).Id,
                    "Chi bộ không đủ số đảng viên chính thức sau sắp xếp; đảng viên chuyển sinh hoạt về Đảng bộ phòng.", true);
            }

            org.RecordsSent = random.Next(5) == 0 ? org.Members * 2 / 3 : org.Members;
            org.RecordsReceived = random.Next(4) == 0 ? org.RecordsSent / 2 : org.RecordsSent;
        }

        await db.SaveChangesAsync(cancellationToken);

        // Congresses of the new organisations, bottom-up: cells by D+15, grassroots by D+25, the provincial police by D+37.
        var congresses = new List<PartyCongress>();
        var cellsHeld = new Dictionary<int, bool>();
        foreach (var (org, _) in organisations[merger.TargetRootId].OrderByDescending(x => x.Org.Kind))
        {
            var level = CongressRules.LevelOf(org.Kind);
            var congress = new PartyCongress
            {
                MergerId = mergerId, OrganisationId = org.Id, CommitteeSize = level switch { CongressLevel.Cell => 3, CongressLevel.Grassroots => 7, _ => 15 },
                Deadline = effectiveDate.AddDays(level switch { CongressLevel.Cell => 15, CongressLevel.Grassroots => 25, _ => 37 }),
            };
            var roll = random.Next(10);
            switch (level)
            {
                case CongressLevel.Cell:
                    (congress.Status, congress.HeldOn) = roll switch
                    {
                        0 => (CongressStatus.Preparing, null),
                        1 => (CongressStatus.Planned, null),
                        _ => (CongressStatus.Held, (DateOnly?)effectiveDate.AddDays(8 + random.Next(7))),
                    };
                    cellsHeld[org.ParentId!.Value] = cellsHeld.GetValueOrDefault(org.ParentId.Value, true) && congress.Status == CongressStatus.Held;
                    break;
                case CongressLevel.Grassroots when cellsHeld.GetValueOrDefault(org.Id, true) && roll < 7:
                    (congress.Status, congress.HeldOn) = (CongressStatus.Held, effectiveDate.AddDays(18 + random.Next(7)));
                    break;
                case CongressLevel.Grassroots:
                    congress.Status = roll < 8 ? CongressStatus.DocumentsReady : CongressStatus.Preparing;
                    break;
                default:
                    congress.Status = CongressStatus.Preparing;
                    congress.PlannedOn = effectiveDate.AddDays(37);
                    break;
            }

            congress.Documents = congress.Status switch
            {
                CongressStatus.Held => "Báo cáo chính trị\nBáo cáo kiểm điểm của cấp ủy\nĐề án nhân sự\nNghị quyết đại hội",
                CongressStatus.DocumentsReady => "Báo cáo chính trị\nBáo cáo kiểm điểm của cấp ủy\nĐề án nhân sự",
                CongressStatus.Preparing => "Báo cáo chính trị (dự thảo)",
                _ => null,
            };
            congresses.Add(congress);
        }

        db.PartyCongresses.AddRange(congresses);
        await db.SaveChangesAsync(cancellationToken);

        // Candidates: the senior officers placed in the unit (the whole new police for its congress), a third of them
        // re-elected; the demo's ages make some fall short of the service the rules ask.
        var byId = organisations[merger.TargetRootId].ToDictionary(x => x.Org.Id, x => x.Org);
        foreach (var congress in congresses.Where(c => byId[c.OrganisationId].Kind != PartyOrgKind.Cell))
        {
            var org = byId[congress.OrganisationId];
            var pool = officers.Where(o => org.Kind == PartyOrgKind.UpperCommittee ? o.PlacedUnitId != null : o.PlacedUnitId == org.UnitId)
                .OrderByDescending(o => o.Rank).ThenBy(o => o.BirthDate).Take(congress.CommitteeSize + 2).ToList();
            db.CommitteeCandidates.AddRange(pool.Select((o, i) => new CommitteeCandidate
            {
                MergerId = mergerId, CongressId = congress.Id, OfficerId = o.Id, IsIncumbent = i % 3 == 0,
                Role = i switch { 0 => CommitteeRole.Secretary, 1 => CommitteeRole.DeputySecretary, < 5 => CommitteeRole.StandingMember, _ => CommitteeRole.Member },
            }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

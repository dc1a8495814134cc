using MergePlanner.Data;
using MergePlanner.Data.Personnel;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Reporting;

/// <summary>
/// Who signs a document, and where it is issued. The signer is the officer holding the signing position in the issuing
/// agency — placed there in the new structure (the Director placed in the new police's leadership), else serving there
/// today (a source force's own Director, wherever he is placed next); among several deputies, the most senior. Written as Vietnamese documents print it: rank, then name
/// ("Thiếu tướng Trần Quang Hiếu"). Nobody in the position yet: null, and the document leaves the dotted line.
/// </summary>
public sealed class Signatories(MergePlannerDbContext db)
{
    private static readonly IReadOnlyDictionary<Rank, string> Ranks = VietnameseLabels.Of<Rank>();

    /// <summary>The signer of a document of a police force (a root unit: the provincial police), by position in its
    /// leadership (the root and the units right below it, where the Ban Giám đốc sits).</summary>
    public async Task<string?> OfForceAsync(int rootId, Position position, CancellationToken cancellationToken = default)
    {
        var leadership = db.Units.Where(u => u.Id == rootId || u.ParentId == rootId).Select(u => u.Id);
        return await FirstAsync(leadership, position, cancellationToken);
    }

    /// <summary>The head of a department of a force ("PX01": Phòng Tổ chức cán bộ), as a signer; null when the force has no
    /// such department or nobody heads it.</summary>
    public async Task<string?> HeadOfDepartmentAsync(int rootId, string department, CancellationToken cancellationToken = default)
    {
        var suffix = "." + department;
        var unit = await db.Units.AsNoTracking().Where(u => u.OriginId == rootId && u.Code.EndsWith(suffix)).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        return unit is { } id ? (await HeadOfAsync(id, cancellationToken))?.Signer : null;
    }

    /// <summary>A list document with its signer filled in.</summary>
    public static async Task<ListDocument?> SignAsync(ListDocument? document, Func<Task<string?>> signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return document is null ? null : document with { Signature = document.Signature with { Signer = await signer() } };
    }

    /// <summary>The signer of a document of one unit (a department), by position in that unit.</summary>
    public async Task<string?> OfUnitAsync(int unitId, Position position, CancellationToken cancellationToken = default) =>
        await FirstAsync(db.Units.Where(u => u.Id == unitId).Select(u => u.Id), position, cancellationToken);

    /// <summary>The head of a unit as a representative: the officer in its highest position — serving there (a unit of a
    /// source hands over through the people who serve in it today, wherever they are placed next) or placed there (a
    /// unit of the new force) —, with "rank, position" as form 01/TSC-BBGN asks for them; null when the unit has nobody.</summary>
    public async Task<Representative?> HeadOfAsync(int unitId, CancellationToken cancellationToken = default, string? except = null)
    {
        var people = await db.Officers.AsNoTracking()
            .Where(o => (o.PlacedUnitId == unitId || o.UnitId == unitId) && o.OfficerNumber != except)
            .Select(o => new { o.FullName, o.Rank, Position = o.PlacedUnitId == unitId && o.PlacedPosition != null ? o.PlacedPosition.Value : o.Position, o.OfficerNumber })
            .ToListAsync(cancellationToken);
        var head = people.OrderBy(p => Seniority(p.Position)).ThenByDescending(p => p.Rank).ThenBy(p => p.OfficerNumber, StringComparer.Ordinal).FirstOrDefault();
        return head is null ? null : new Representative(head.FullName, $"{Ranks[head.Rank]}, {Positions[head.Position]}") { Rank = Ranks[head.Rank], OfficerNumber = head.OfficerNumber, Position = Positions[head.Position] };
    }

    /// <summary>The two parties of a handover by the records: the head of the receiving unit, and the head of the
    /// handing-over unit other than that officer — the head of a department of a source is often placed at the head of
    /// the new one, and one person cannot sign for both sides; the old unit's next in line (a deputy) hands over.</summary>
    public async Task<(Representative? Giver, Representative? Receiver)> HandoverPartiesAsync(int fromUnitId, int toUnitId, CancellationToken cancellationToken = default)
    {
        var receiver = await HeadOfAsync(toUnitId, cancellationToken);
        return (await HeadOfAsync(fromUnitId, cancellationToken, except: receiver?.OfficerNumber), receiver);
    }

    private static readonly IReadOnlyDictionary<Position, string> Positions = VietnameseLabels.Of<Position>();

    /// <summary>The unit's head, then its deputies, then the heads of its teams and their deputies, then everyone else:
    /// when the head cannot represent the unit (<see cref="HandoverPartiesAsync"/>), a Phó Trưởng phòng does before an
    /// Đội trưởng. In a team, the Đội trưởng is the first found.</summary>
    private static int Seniority(Position position) => position switch
    {
        Position.Director => 0,
        Position.DepartmentHead or Position.CommuneChief or Position.StationChief => 1,
        Position.DeputyDirector => 2,
        Position.DeputyDepartmentHead or Position.DeputyCommuneChief or Position.DeputyStationChief => 3,
        Position.TeamLeader => 4,
        Position.DeputyTeamLeader => 5,
        _ => 6,
    };

    /// <summary>"Đại tá Nguyễn Văn A".</summary>
    public static string Name(Rank rank, string fullName) => $"{Ranks[rank]} {fullName}";

    /// <summary>The place of issue (Decree 30, Appendix I: the name of the locality where the agency sits): the province
    /// of the police force, never a unit's or the Ministry's name. "Công an thành phố Hải Phòng" → "Hải Phòng";
    /// "Công an tỉnh Ninh Bình (cũ)" → "Ninh Bình".</summary>
    public static string PlaceOf(RootUnit force) => PlaceOf(force.Name);

    public static string PlaceOf(string forceName)
    {
        ArgumentNullException.ThrowIfNull(forceName);
        var place = forceName;
        foreach (var prefix in new[] { "Công an thành phố ", "Công an tỉnh ", "Công an TP ", "Công an " })
        {
            if (forceName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                place = forceName[prefix.Length..];
                break;
            }
        }

        var bracket = place.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? place[..bracket] : place;
    }

    private async Task<string?> FirstAsync(IQueryable<int> units, Position position, CancellationToken cancellationToken)
    {
        var placed = await db.Officers.AsNoTracking()
            .Where(o => o.PlacedUnitId != null && units.Contains(o.PlacedUnitId.Value) && o.PlacedPosition == position)
            .OrderByDescending(o => o.Rank).ThenBy(o => o.OfficerNumber)
            .Select(o => new { o.Rank, o.FullName }).FirstOrDefaultAsync(cancellationToken);
        placed ??= await db.Officers.AsNoTracking()
            .Where(o => units.Contains(o.UnitId) && o.Position == position)
            .OrderByDescending(o => o.Rank).ThenBy(o => o.OfficerNumber)
            .Select(o => new { o.Rank, o.FullName }).FirstOrDefaultAsync(cancellationToken);
        return placed is null ? null : Name(placed.Rank, placed.FullName);
    }
}

/// <summary>A party's representative in a document: the name, and rank and position ("Thượng tá, Trưởng phòng").</summary>
public sealed record Representative(string Name, string? Title)
{
    public string? Rank { get; init; }

    /// <summary>The officer behind the name, when read from the records (never printed).</summary>
    public string? OfficerNumber { get; init; }

    /// <summary>The position alone ("Trưởng phòng"), when read from the records: a signature block's title.</summary>
    public string? Position { get; init; }

    /// <summary>As a signature block names the signer: "Thượng tá Nguyễn Văn A".</summary>
    public string Signer => Rank is null ? Name : $"{Rank} {Name}";
}

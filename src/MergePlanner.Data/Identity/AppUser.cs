using MergePlanner.Data.Organisation;
using Microsoft.AspNetCore.Identity;

namespace MergePlanner.Data.Identity;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>For UnitStaff: the unit they act for (and everything below it).</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>The merger this person works in. Bound for everyone but the national roles
    /// (<see cref="Roles.National"/>), for whom it is the merger they last switched to.</summary>
    public int? MergerId { get; set; }

    public Merger? Merger { get; set; }
}

public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Leadership = nameof(Leadership);
    public const string UnitStaff = nameof(UnitStaff);
    public const string Viewer = nameof(Viewer);

    /// <summary>Personnel staff (Phòng Tổ chức cán bộ): the officer records, placement and selection of every unit of
    /// their merger; the sensitive parts (discipline, ratings, votes) included.</summary>
    public const string Personnel = nameof(Personnel);

    /// <summary>Ministry leadership (Lãnh đạo Bộ): reads every merger, switches between them, changes nothing.</summary>
    public const string Ministry = nameof(Ministry);

    public static readonly string[] All = [Admin, Ministry, Leadership, Personnel, UnitStaff, Viewer];

    /// <summary>The roles that are not bound to one merger: they switch between mergers and see the national overview.</summary>
    public static readonly string[] National = [Admin, Ministry];
}

using MergePlanner.Data.Organisation;
using Microsoft.AspNetCore.Identity;

namespace MergePlanner.Data.Identity;

public class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    /// <summary>For UnitStaff: the unit they act for (and everything below it).</summary>
    public int? UnitId { get; set; }

    public Unit? Unit { get; set; }
}

public static class Roles
{
    public const string Admin = nameof(Admin);
    public const string Leadership = nameof(Leadership);
    public const string UnitStaff = nameof(UnitStaff);
    public const string Viewer = nameof(Viewer);

    public static readonly string[] All = [Admin, Leadership, UnitStaff, Viewer];
}

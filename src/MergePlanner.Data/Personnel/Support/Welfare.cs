using MergePlanner.Data.Inventory;

namespace MergePlanner.Data.Personnel.Support;

/// <summary>One kind of welfare for a month: how many officers need it, how many places the register holds.</summary>
public sealed record WelfareLine(WelfareFacility Facility, int Needed, int Capacity, int Facilities)
{
    /// <summary>Places missing (0 when the capacity covers the need).</summary>
    public int Shortfall => Math.Max(0, Needed - Capacity);
}

/// <summary>Welfare after the merger (issue 10, point 9), pure: the officers' needs of a month (beds, meals, shuttle
/// seats) against the capacities the asset register holds (dormitories, canteens, shuttle vehicles); and what an
/// attendance month must satisfy, for the form and the file alike.</summary>
public static class Welfare
{
    public static IReadOnlyList<WelfareLine> Plan(int needHousing, int needMeals, int needTransport, IEnumerable<(WelfareFacility Facility, int Capacity)> facilities)
    {
        var byKind = facilities.GroupBy(f => f.Facility).ToDictionary(g => g.Key, g => (Capacity: g.Sum(f => f.Capacity), Count: g.Count()));
        WelfareLine Line(WelfareFacility kind, int needed) =>
            new(kind, needed, byKind.TryGetValue(kind, out var c) ? c.Capacity : 0, byKind.TryGetValue(kind, out var n) ? n.Count : 0);
        return [Line(WelfareFacility.Dormitory, needHousing), Line(WelfareFacility.Canteen, needMeals), Line(WelfareFacility.Shuttle, needTransport)];
    }

    /// <summary>The most days a month can count, or null when the month itself is not one the lists can hold.</summary>
    public static int? MaxDays(int year, int month) => month is >= 1 and <= 12 && year is >= 2020 and <= 2100 ? DateTime.DaysInMonth(year, month) : null;
}

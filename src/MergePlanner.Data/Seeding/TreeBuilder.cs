using System.Globalization;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Lineage;

namespace MergePlanner.Data.Seeding;

/// <summary>Builds one provincial police tree for the demo: root, Ban Giám đốc, departments, archived
/// district police and commune-level police.</summary>
internal sealed class TreeBuilder
{
    private int _order;

    public TreeBuilder(string prefix, string name, string shortName)
    {
        Prefix = prefix;
        Root = new Unit { Code = prefix, Name = name, ShortName = shortName, Type = UnitType.ProvincialPolice, SortOrder = 0 };
        Units.Add(Root);
        Directorate = Add($"{prefix}.BGD", "Ban Giám đốc", UnitType.Directorate);
    }

    public string Prefix { get; }

    public Unit Root { get; }

    public Unit Directorate { get; }

    public List<Unit> Units { get; } = [];

    public List<Unit> Departments { get; } = [];

    public List<Unit> Communes { get; } = [];

    public List<Unit> Stations { get; } = [];

    public DemoTree AsDemoTree() => new(Prefix, Root, Directorate, Departments, Communes);

    /// <summary>Points every unit below the root at it, once the root has its key.</summary>
    public void AttachToRoot()
    {
        foreach (var unit in Units.Skip(1))
        {
            unit.ParentId = Root.Id;
            unit.OriginId = Root.Id;
        }
    }

    public void AddDepartments(IEnumerable<Organisation.Setup.DepartmentSpec> specs)
    {
        foreach (var spec in specs)
        {
            Departments.Add(Add($"{Prefix}.{spec.Code}", spec.Name, spec.Type));
        }
    }

    public void AddDistrictPolice(IEnumerable<string> districts, DateOnly lastDay)
    {
        var n = 0;
        foreach (var district in districts)
        {
            var unit = Add($"{Prefix}.H{++n:00}", $"Công an {district}", UnitType.DistrictPolice);
            unit.Status = UnitStatus.Archived;
            unit.ValidTo = lastDay;
        }
    }

    /// <summary>The pre-merger communes named in the official "formed from" texts, once each. A name that
    /// repeats across new communes (a commune split between several) is one predecessor unit. District names
    /// ("Huyện Bạch Long Vĩ") are district police, already in the tree.</summary>
    public void AddPredecessorCommunes(IEnumerable<AdminCommune> newCommunes)
    {
        var names = newCommunes
            .SelectMany(c => FormedFromParser.Parse(c.FormedFrom).Predecessors)
            .Where(p => p.Kind is not ("Huyện" or "Quận" or "Thị xã" or "Thành phố"))
            .DistinctBy(p => p.Key)
            .Select(p => p.DisplayName)
            .OrderBy(VietnameseText.Fold, StringComparer.Ordinal)
            .ToList();
        var n = 0;
        foreach (var name in names)
        {
            Communes.Add(Add($"{Prefix}.X{++n:000}", CommuneMappingLoader.PoliceName(name), CommuneMappingLoader.TypeOf(name)));
        }
    }

    public void AddStations(IEnumerable<string> names)
    {
        var n = 0;
        foreach (var name in names)
        {
            n++;
            Stations.Add(Add(string.Create(CultureInfo.InvariantCulture, $"{Prefix}.DON{n:00}"), name, UnitType.Station));
        }
    }

    private Unit Add(string code, string name, UnitType type)
    {
        var unit = new Unit
        {
            Code = code,
            Name = name,
            Type = type,
            SortOrder = ++_order,
        };
        Units.Add(unit);
        return unit;
    }
}

/// <summary>The units of one source force the demo staffs and equips: its code prefix, root, board, departments and the
/// communes that get people and items.</summary>
internal sealed record DemoTree(string Prefix, Unit Root, Unit Directorate, IReadOnlyList<Unit> Departments, IReadOnlyList<Unit> Communes);

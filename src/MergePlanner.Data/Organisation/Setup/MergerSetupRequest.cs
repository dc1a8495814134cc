namespace MergePlanner.Data.Organisation.Setup;

/// <summary>One source police force of a merger: the old province it served (code in the pre-2025 list), its name,
/// short label and unit-code prefix, its departments, and the districts whose police it had until 1/3/2025.</summary>
public sealed class SourceSpec
{
    public required string OldProvinceCode { get; set; }

    public required string Name { get; set; }

    public required string ShortName { get; set; }

    public required string Prefix { get; set; }

    public List<DepartmentSpec> Departments { get; set; } = [];

    public List<string> Districts { get; set; } = [];
}

/// <summary>Everything the set-up wizard asks before it creates a merger; <see cref="MergerSetupPlanner.Propose"/> fills
/// it from the official lists and the person edits it.</summary>
public sealed class MergerSetupRequest
{
    /// <summary>The new province in the official 2025 list ("37" for the new Ninh Bình).</summary>
    public required string ProvinceCode { get; set; }

    public required string MergerName { get; set; }

    public required string TargetName { get; set; }

    public required string TargetShortName { get; set; }

    public required string TargetPrefix { get; set; }

    public DateOnly EffectiveDate { get; set; } = MergerSetupPlanner.DefaultEffectiveDate;

    /// <summary>The legal basis shown on documents (e.g. "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội").</summary>
    public string? DecisionReference { get; set; }

    /// <summary>The act that arranged the communes (a resolution of the Standing Committee), written on their lineage.</summary>
    public string? CommuneResolution { get; set; }

    public List<SourceSpec> Sources { get; set; } = [];

    public List<DepartmentSpec> TargetDepartments { get; set; } = [];

    /// <summary>Police stations (đồn) of the new force, one name each.</summary>
    public List<string> TargetStations { get; set; } = [];

    /// <summary>The playbook the plan is made from: the administrators' (read by the wizard's service) or, when null,
    /// the built-in <see cref="WorkstreamPlan.Template"/>.</summary>
    public IReadOnlyList<PlannedTask>? Playbook { get; set; }

    public IReadOnlyList<PlannedTask> PlaybookOrDefault => Playbook ?? WorkstreamPlan.Template;
}

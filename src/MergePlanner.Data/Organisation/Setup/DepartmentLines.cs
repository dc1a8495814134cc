namespace MergePlanner.Data.Organisation.Setup;

/// <summary>A department list as the wizard edits it, one "CODE | Name" per line. A code of the catalogue keeps its kind
/// (a detention centre stays one); any other line is a department. A line without "|" is a name with no code, which
/// <see cref="MergerSetupPlanner.Validate"/> then names.</summary>
public static class DepartmentLines
{
    public static string Write(IEnumerable<DepartmentSpec> departments) => string.Join('\n', departments.Select(d => $"{d.Code} | {d.Name}"));

    public static List<DepartmentSpec> Read(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            var (code, name) = bar < 0 ? (string.Empty, line) : (line[..bar].Trim(), line[(bar + 1)..].Trim());
            var type = DepartmentCatalogue.Template.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.OrdinalIgnoreCase))?.Type ?? UnitType.Department;
            return new DepartmentSpec(code, name, type);
        }).ToList();
}

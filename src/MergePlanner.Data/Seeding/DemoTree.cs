using MergePlanner.Data.Organisation;

namespace MergePlanner.Data.Seeding;

/// <summary>The units of one source force the demo staffs and equips: its code prefix, root, board, departments and the
/// communes that get people and items.</summary>
internal sealed record DemoTree(string Prefix, Unit Root, Unit Directorate, IReadOnlyList<Unit> Departments, IReadOnlyList<Unit> Communes);

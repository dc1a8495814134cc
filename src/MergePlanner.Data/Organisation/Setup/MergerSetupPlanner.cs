using System.Globalization;
using MergePlanner.Data.Common;
using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Data.Seeding;

namespace MergePlanner.Data.Organisation.Setup;

/// <summary>What a set-up will create, counted before anything is written.</summary>
public sealed record MergerSetupPreview(
    int Roots,
    int Departments,
    int ArchivedDistricts,
    int OldCommunes,
    int NewCommunes,
    int Stations,
    int Tasks,
    int PredecessorsNamed,
    int PredecessorsUnmatched,
    int PredecessorsUnclear,
    IReadOnlyList<(string Source, int Departments, int Districts, int Communes)> PerSource,
    IReadOnlyList<(DateOnly Deadline, string Title)> FirstTasks);

/// <summary>The rules of setting up a merger, without a database: which provinces can be set up, what the official
/// lists propose for one, whether a request is complete, and what it will create.</summary>
public static class MergerSetupPlanner
{
    /// <summary>The day the 2025 provincial arrangement took effect (Nghị quyết 202/2025/QH15).</summary>
    public static readonly DateOnly DefaultEffectiveDate = new(2025, 7, 1);

    public const string DefaultDecision = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh";

    /// <summary>District police stopped operating at the end of 28/2/2025 (Nghị định 02/2025/NĐ-CP).</summary>
    public static readonly DateOnly DistrictPoliceLastDay = new(2025, 2, 28);

    public const string DistrictPoliceDecision = "Nghị định số 02/2025/NĐ-CP; kết thúc hoạt động Công an cấp huyện từ 01/3/2025";

    /// <summary>The proposal for a new province: its sources from the official wording (editable), their districts,
    /// the department catalogue for every force, names and code prefixes.</summary>
    public static MergerSetupRequest? Propose(string provinceCode)
    {
        if (OfficialLists.NewProvince(provinceCode) is not { } province)
        {
            return null;
        }

        var sources = OfficialLists.SourcesOf(province);
        var bare = OfficialLists.Bare(province.Name);
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string Prefix(string name, string suffix = "")
        {
            var initials = string.Concat(VietnameseText.Fold(name).Split(' ', '-').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0]))) + suffix;
            var candidate = initials;
            for (var n = 2; !prefixes.Add(candidate); n++)
            {
                candidate = initials + n.ToString(CultureInfo.InvariantCulture);
            }

            return candidate;
        }

        var specs = sources.Select(old =>
        {
            var sameAsTarget = VietnameseText.Fold(old.Name) == VietnameseText.Fold(bare);
            return new SourceSpec
            {
                OldProvinceCode = old.Code,
                Name = PoliceOf(old.FullName) + (sameAsTarget ? " (cũ)" : string.Empty),
                ShortName = sameAsTarget ? old.Name + " cũ" : old.Name,
                Prefix = Prefix(old.Name),
                Departments = [.. DepartmentCatalogue.Template],
                Districts = [.. old.Districts],
            };
        }).ToList();
        var targetName = PoliceOf(province.Name);
        return new MergerSetupRequest
        {
            ProvinceCode = province.Code,
            MergerName = "Hợp nhất " + JoinVietnamese(specs.Select(s => s.Name.Replace(" (cũ)", string.Empty, StringComparison.Ordinal)).ToList()),
            TargetName = targetName,
            TargetShortName = bare + " mới",
            TargetPrefix = Prefix(bare, "M"),
            EffectiveDate = DefaultEffectiveDate,
            DecisionReference = DefaultDecision,
            Sources = specs,
            TargetDepartments = [.. DepartmentCatalogue.Template],
        };
    }

    /// <summary>Every reason the request cannot be set up, in Vietnamese, naming the field; empty when it can.</summary>
    public static IReadOnlyList<string> Validate(MergerSetupRequest request)
    {
        var errors = new List<string>();
        var province = OfficialLists.NewProvince(request.ProvinceCode ?? string.Empty);
        if (province is null)
        {
            errors.Add($"Tỉnh, thành phố mới \"{request.ProvinceCode}\" không có trong danh sách chính thức năm 2025.");
        }

        if (string.IsNullOrWhiteSpace(request.MergerName))
        {
            errors.Add("Thiếu tên cuộc hợp nhất.");
        }

        if (string.IsNullOrWhiteSpace(request.TargetName))
        {
            errors.Add("Thiếu tên Công an tỉnh, thành phố sau hợp nhất.");
        }

        if (request.Sources.Count < 2)
        {
            errors.Add("Cần ít nhất hai lực lượng Công an nguồn.");
        }

        var prefixes = request.Sources.Select(s => s.Prefix).Append(request.TargetPrefix).ToList();
        foreach (var (prefix, i) in prefixes.Select((p, i) => (p, i)))
        {
            var label = i < request.Sources.Count ? $"Nguồn {i + 1}" : "Đơn vị sau hợp nhất";
            if (string.IsNullOrWhiteSpace(prefix) || prefix.Length > 8 || !prefix.All(char.IsAsciiLetterOrDigit))
            {
                errors.Add($"{label}: tiền tố mã \"{prefix}\" phải gồm 1–8 chữ cái hoặc chữ số không dấu.");
            }
        }

        errors.AddRange(prefixes.Where(p => !string.IsNullOrWhiteSpace(p)).GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"Tiền tố mã \"{g.Key}\" dùng cho {g.Count()} đơn vị; mỗi đơn vị một tiền tố."));
        foreach (var (source, i) in request.Sources.Select((s, i) => (s, i)))
        {
            if (OfficialLists.OldProvince(source.OldProvinceCode ?? string.Empty) is null)
            {
                errors.Add($"Nguồn {i + 1}: tỉnh cũ mã \"{source.OldProvinceCode}\" không có trong danh sách trước sắp xếp.");
            }

            if (string.IsNullOrWhiteSpace(source.Name))
            {
                errors.Add($"Nguồn {i + 1}: thiếu tên.");
            }

            errors.AddRange(DepartmentErrors($"Nguồn {i + 1} ({source.ShortName})", source.Departments));
        }

        errors.AddRange(request.Sources.GroupBy(s => s.OldProvinceCode).Where(g => g.Count() > 1)
            .Select(g => $"Tỉnh cũ mã {g.Key} được chọn {g.Count()} lần."));
        errors.AddRange(DepartmentErrors("Đơn vị sau hợp nhất", request.TargetDepartments));
        return errors;
    }

    private static IEnumerable<string> DepartmentErrors(string label, IReadOnlyList<DepartmentSpec> departments)
    {
        foreach (var (department, row) in departments.Select((d, i) => (d, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(department.Code) || department.Code.Length > 16 || !department.Code.All(char.IsAsciiLetterOrDigit))
            {
                yield return $"{label}, phòng dòng {row}: mã \"{department.Code}\" phải gồm chữ cái hoặc chữ số không dấu (tối đa 16).";
            }

            if (string.IsNullOrWhiteSpace(department.Name))
            {
                yield return $"{label}, phòng dòng {row}: thiếu tên.";
            }
        }

        foreach (var duplicate in departments.GroupBy(d => d.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            yield return $"{label}: mã phòng \"{duplicate.Key}\" lặp {duplicate.Count()} lần.";
        }
    }

    /// <summary>What <see cref="MergerSetupWriter"/> will create for this request, and how many named predecessors the
    /// lineage will find, miss or have to ask about.</summary>
    public static MergerSetupPreview Preview(MergerSetupRequest request)
    {
        var newCommunes = AdminUnits2025.Official.Communes(request.ProvinceCode);
        var perSource = request.Sources.Select(s => (s, old: OfficialLists.OldProvince(s.OldProvinceCode))).ToList();
        var names = perSource.SelectMany(p => p.old?.Communes.Select(c => c.Name) ?? []).Concat(perSource.SelectMany(p => p.s.Districts))
            .Select(CommuneMappingLoader.NameKey).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        int named = 0, unmatched = 0, unclear = 0;
        foreach (var commune in newCommunes)
        {
            var parsed = FormedFromParser.Parse(commune.FormedFrom);
            unclear += parsed.Unparsed.Count;
            foreach (var predecessor in parsed.Predecessors)
            {
                named++;
                var count = names.GetValueOrDefault(predecessor.Key);
                unmatched += count == 0 ? 1 : 0;
                unclear += count > 1 || !predecessor.PortionCertain ? 1 : 0;
            }
        }

        var plan = request.PlaybookOrDefault.OrderBy(t => t.DaysFromD).Take(5).Select(t => (request.EffectiveDate.AddDays(t.DaysFromD), t.Title)).ToList();
        return new MergerSetupPreview(
            Roots: request.Sources.Count + 1,
            Departments: request.Sources.Sum(s => s.Departments.Count + 1) + request.TargetDepartments.Count + 1,
            ArchivedDistricts: request.Sources.Sum(s => s.Districts.Count),
            OldCommunes: perSource.Sum(p => p.old?.Communes.Count ?? 0),
            NewCommunes: newCommunes.Count,
            Stations: request.TargetStations.Count,
            Tasks: request.PlaybookOrDefault.Count(t => request.TargetDepartments.Any(d => d.Code == t.Owner)),
            PredecessorsNamed: named,
            PredecessorsUnmatched: unmatched,
            PredecessorsUnclear: unclear,
            PerSource: perSource.Select(p => (p.s.Name, p.s.Departments.Count, p.s.Districts.Count, p.old?.Communes.Count ?? 0)).ToList(),
            FirstTasks: plan);
    }

    /// <summary>"Tỉnh Hà Nam" → "Công an tỉnh Hà Nam"; "Thành phố Hải Phòng" → "Công an thành phố Hải Phòng".</summary>
    public static string PoliceOf(string provinceName)
    {
        var name = provinceName.Trim();
        foreach (var kind in new[] { "Thủ đô", "Thành phố", "Tỉnh" })
        {
            if (name.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase))
            {
                return $"Công an {(kind == "Thủ đô" ? "thành phố" : kind.ToLowerInvariant())}{name[kind.Length..]}";
            }
        }

        return "Công an " + name;
    }

    private static string JoinVietnamese(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : string.Join(", ", parts.Take(parts.Count - 1)) + " và " + parts[^1];
}

using System.Text;
using System.Text.RegularExpressions;
using MergePlanner.Data.Common;

namespace MergePlanner.Data.Organisation.Lineage;

/// <summary>One predecessor named in an official "formed from" text.</summary>
public sealed record PredecessorRef(string Kind, string Name, string? Qualifier, LineagePortion Portion, bool PortionCertain = true)
{
    /// <summary>"Phường Nam Sơn (quận An Dương)": the name as the official list writes it.</summary>
    public string DisplayName => Qualifier is null ? $"{Kind} {Name}" : $"{Kind} {Name} ({Qualifier})";

    /// <summary>Matching key: keeps diacritics ("Tự Cường" ≠ "Tứ Cường"), ignores case and tone placement, and
    /// tells apart the same name in two districts by the qualifier.</summary>
    public string Key => VietnameseText.NameKey(DisplayName);
}

public sealed record UnparsedFragment(string Text, string Reason);

public sealed record FormedFromResult(IReadOnlyList<PredecessorRef> Predecessors, IReadOnlyList<UnparsedFragment> Unparsed, bool Unchanged);

/// <summary>Reads the official wording of what a new administrative unit was formed from (NQ 1669/NQ-UBTVQH15 and
/// its siblings): whole units, "một phần … của (các) …" (part of), "phần còn lại …" (the rest), qualifiers such
/// as "(quận An Dương)". Anything that does not follow these patterns is returned as unparsed, never dropped.</summary>
public static partial class FormedFromParser
{
    private static readonly string[] Kinds = ["Thị trấn", "Đặc khu", "Thị xã", "Thành phố", "Phường", "Xã", "Huyện", "Quận"];

    public static FormedFromResult Parse(string? text)
    {
        var clean = Normalize(text);
        if (clean.Length == 0)
        {
            return new FormedFromResult([], [new UnparsedFragment(string.Empty, "Văn bản trống")], false);
        }

        if (VietnameseText.Fold(clean) is "giu nguyen" or "giu nguyen hien trang")
        {
            return new FormedFromResult([], [], true);
        }

        var predecessors = new List<PredecessorRef>();
        var unparsed = new List<UnparsedFragment>();

        // Context carried across commas: "một phần … của các phường A, B, C" makes B and C parts of wards too.
        string? listKind = null;
        var listPortion = LineagePortion.Whole;
        LineagePortion? pendingPortion = null;

        foreach (var raw in SplitTopLevel(clean))
        {
            var fragment = LeadingAnd().Replace(raw, string.Empty).Trim();
            if (fragment.Length == 0)
            {
                continue;
            }

            var portion = LineagePortion.Whole;
            var startsList = false;
            if (PortionMarker().Match(fragment) is { Success: true } marker)
            {
                portion = MarkerPortion(marker.Groups["marker"].Value);
                fragment = marker.Groups["rest"].Value.Trim();
                if (fragment.Length == 0)
                {
                    // "một phần diện tích TN" alone: the unit it applies to follows after the next "của".
                    pendingPortion = portion;
                    continue;
                }

                startsList = true;
            }
            else if (pendingPortion is { } pending)
            {
                portion = pending;
                fragment = OfClause().Match(fragment) is { Success: true } of ? of.Groups["rest"].Value.Trim() : fragment;
                startsList = true;
            }
            else if (OfClause().IsMatch(fragment))
            {
                unparsed.Add(new UnparsedFragment(raw.Trim(), "Không rõ phạm vi (toàn bộ hay một phần) của cụm từ"));
                continue;
            }

            pendingPortion = null;
            fragment = AfterArrangement().Replace(fragment, string.Empty).Trim();
            var trailing = TrailingRemainder().Match(fragment);
            if (trailing.Success)
            {
                fragment = fragment[..trailing.Index].Trim();
            }

            var parsed = ParseUnit(fragment, listKind);
            if (parsed is null)
            {
                unparsed.Add(new UnparsedFragment(raw.Trim(), "Không nhận ra tên đơn vị hành chính"));
                continue;
            }

            var (kind, name, qualifier, explicitKind) = parsed.Value;
            var certain = true;
            if (startsList)
            {
                listKind = kind;
                listPortion = portion;
            }
            else if (!explicitKind)
            {
                portion = listPortion;
            }
            else if (listKind is not null && listPortion != LineagePortion.Whole)
            {
                // "… của các phường Cửa Nam, Phường Nguyễn Du": the list may go on, or a whole unit may follow.
                portion = listPortion;
                certain = trailing.Success;
            }
            else
            {
                listKind = null;
                listPortion = LineagePortion.Whole;
            }

            if (trailing.Success)
            {
                portion = LineagePortion.Remainder;
            }

            predecessors.Add(new PredecessorRef(kind, name, qualifier, portion, certain));
        }

        return new FormedFromResult(predecessors, unparsed, false);
    }

    private static (string Kind, string Name, string? Qualifier, bool ExplicitKind)? ParseUnit(string fragment, string? inheritedKind)
    {
        string? qualifier = null;
        var q = QualifierSuffix().Match(fragment);
        if (q.Success)
        {
            qualifier = q.Groups["q"].Value.Trim();
            fragment = fragment[..q.Index].Trim();
        }

        foreach (var kind in Kinds)
        {
            if (fragment.Length > kind.Length && fragment.StartsWith(kind, StringComparison.OrdinalIgnoreCase) && fragment[kind.Length] == ' ')
            {
                var name = fragment[(kind.Length + 1)..].Trim();

                // "các phường Phường Cửa Nam": a repeated kind word is dropped.
                foreach (var again in Kinds)
                {
                    if (name.StartsWith(again + " ", StringComparison.OrdinalIgnoreCase))
                    {
                        name = name[(again.Length + 1)..].Trim();
                    }
                }

                return IsName(name) ? (kind, name, qualifier, true) : null;
            }
        }

        return inheritedKind is not null && IsName(fragment) ? (inheritedKind, fragment, qualifier, false) : null;
    }

    /// <summary>A place name: one to six capitalised words (digits allowed, e.g. "Đông Hải 1").</summary>
    private static bool IsName(string name) => PlaceName().IsMatch(name);

    private static LineagePortion MarkerPortion(string marker) =>
        VietnameseText.Fold(marker) switch
        {
            var m when m.StartsWith("mot phan", StringComparison.Ordinal) => LineagePortion.Part,
            var m when m.StartsWith("phan con lai", StringComparison.Ordinal) => LineagePortion.Remainder,
            _ => LineagePortion.Whole,
        };

    private static IEnumerable<string> SplitTopLevel(string text)
    {
        var depth = 0;
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0 && (c is ',' or ';' || (c == ' ' && string.CompareOrdinal(text, i, " và ", 0, 4) == 0)))
            {
                yield return current.ToString();
                current.Clear();
                if (c == ' ')
                {
                    i += 3;
                }

                continue;
            }

            current.Append(c);
        }

        yield return current.ToString();
    }

    private static string Normalize(string? text) =>
        Whitespace().Replace((text ?? string.Empty).Normalize(NormalizationForm.FormC), " ").Trim().TrimEnd('.');

    [GeneratedRegex(@"^(?<marker>một phần|phần còn lại|toàn bộ)\b[^()]*?\bcủa\s+(?<plural>các\s+)?(?<rest>.*)$|^(?<marker>một phần|phần còn lại|toàn bộ)\b(?<rest>)[^()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PortionMarker();

    [GeneratedRegex(@"^[^()]*?\bcủa\s+(?<plural>các\s+)?(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfClause();

    [GeneratedRegex(@"\(\s*phần còn lại[^)]*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingRemainder();

    [GeneratedRegex(@"\((?<q>(?:quận|huyện|thị xã|thành phố|tỉnh|TP\.?)\s+[^)]+)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex QualifierSuffix();

    [GeneratedRegex(@"^(\p{Lu}[\p{L}\p{M}'’]*|\d+)(\s+(\p{Lu}[\p{L}\p{M}'’]*|\d+)){0,5}$")]
    private static partial Regex PlaceName();

    /// <summary>"… sau khi sắp xếp theo quy định tại khoản 116 Điều này": a note on the remainder, not a name.</summary>
    [GeneratedRegex(@"\s+sau khi (sắp xếp|sáp nhập)[^()]*$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterArrangement();

    [GeneratedRegex(@"^\s*và\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

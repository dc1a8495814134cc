using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Loads the official commune list (what each new commune was formed from) as lineage of the merger. Checks the
/// role itself: the page offering the form is not what allows it.</summary>
public sealed class CommuneListService(CommuneMappingLoader loader, CurrentUser current, MergerContext mergers, StructureSnapshot snapshot, ILogger<CommuneListService> logger)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Null when the person may not edit the structure; otherwise what the load did (or why nothing was loaded).</summary>
    public async Task<MappingLoadResult?> LoadAsync(IReadOnlyList<OfficialUnit> units, string? decisionReference, CancellationToken cancellationToken = default)
    {
        if (!Permissions.Allows(current.Principal, AppAction.EditStructure) || await mergers.CurrentAsync(cancellationToken) is not { } merger)
        {
            return null;
        }

        var result = await loader.LoadAsync(merger.Id, units, string.IsNullOrWhiteSpace(decisionReference) ? null : decisionReference.Trim(), cancellationToken);
        logger.LogInformation("Commune list loaded by {User}: {Result}", current.Name, result);
        snapshot.Reset();
        return result;
    }

    /// <summary>The built-in 2025 list of TP Hải Phòng.</summary>
    public static IReadOnlyList<OfficialUnit> BuiltIn() =>
        MergePlanner.Data.Seeding.AdminCommuneList.HaiPhong2025().Communes.Select(c => new OfficialUnit(c.Code, c.Name, c.FormedFrom)).ToList();
}

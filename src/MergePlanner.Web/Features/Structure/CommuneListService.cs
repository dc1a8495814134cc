using MergePlanner.Data.Organisation.Lineage;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Structure;

/// <summary>Loads the official commune list (what each new commune was formed from) as lineage of the merger. Checks the
/// role itself: the page offering the form is not what allows it.</summary>
public sealed class CommuneListService(CommuneMappingLoader loader, CurrentUser current, MergerContext mergers, StructureSnapshot snapshot, MergePlanner.Data.MergePlannerDbContext db,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, ILogger<CommuneListService> logger)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>Rows named one by one when a list is refused; the rest are counted.</summary>
    public const int MaxNamedRows = 200;

    /// <summary>Null when the person may not edit the structure; otherwise what the load did (or why nothing was loaded).</summary>
    public async Task<MappingLoadResult?> LoadAsync(IReadOnlyList<OfficialUnit> units, string? decisionReference, CancellationToken cancellationToken = default)
    {
        if (!Permissions.Allows(current.Principal, AppAction.EditStructure) || await mergers.CurrentAsync(cancellationToken) is not { IsClosed: false } merger)
        {
            return null;
        }

        // Every commune must be one of this merger's new province by the official list: a list of another province
        // (or codes the list does not know) is refused whole, each such row named, and nothing is loaded.
        var province = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Mergers.Where(m => m.Id == merger.Id).Select(m => m.ProvinceCode), cancellationToken);
        if (province is not null)
        {
            var foreign = OfficialListCheck.Foreign(units, province, MergePlanner.Data.Seeding.AdminUnits2025.Official);
            if (foreign.Count > 0)
            {
                var target = MergePlanner.Data.Seeding.AdminUnits2025.Official.ProvinceName(province) ?? province;
                var errors = foreign.Take(MaxNamedRows).Select(f => f.ProvinceCode is null
                        ? string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Communes.NotInList"], f.Row, f.Name, f.Code)
                        : string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Communes.OtherProvince"], f.Row, f.Name, f.Code, f.ProvinceName, target))
                    .ToList();
                if (foreign.Count > MaxNamedRows)
                {
                    errors.Add(string.Format(System.Globalization.CultureInfo.CurrentCulture, l["Communes.MoreForeign"], foreign.Count - MaxNamedRows));
                }

                logger.LogWarning("Commune list refused for merger {Merger}: {Count} rows outside province {Province}", merger.Id, foreign.Count, province);
                return new MappingLoadResult(0, 0, 0, 0, 0, 0, 0, errors);
            }
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

using MergePlanner.Data.Identity;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;

namespace MergePlanner.Web.Features.Mergers;

public static class MergerEndpoints
{
    /// <summary>A national role switches merger with a plain form post: the merger is in the sign-in cookie, which only a
    /// request can renew; the next page then opens a circuit in the new merger.</summary>
    public static void MapMergerEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/mergers/switch", async (HttpContext http, MergerDirectory directory, SignInManager<AppUser> signIn, UserManager<AppUser> users) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (!int.TryParse(form["mergerId"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mergerId)
                || !await directory.SwitchAsync(mergerId))
            {
                return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Không thể chuyển sang cuộc hợp nhất này.");
            }

            await signIn.RefreshSignInAsync((await users.GetUserAsync(http.User))!);
            var returnUrl = form["returnUrl"].ToString();
            return Results.LocalRedirect(Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).RequireAuthorization(Policies.National);

        // The archive of the merger the person works in (leadership, national roles, viewers; checked in the service).
        endpoints.MapGet("/mergers/archive.zip", async (MergerLifeService life, Structure.StructureTransfer structure, Inventory.AssetImport assets, Inventory.CaseFileImport cases,
            Inventory.InventoryReports reports, Structure.StructureSnapshot snapshot, Reporting.Signatories signatories, CancellationToken cancellationToken) =>
            await life.ArchiveAsync(structure, assets, cases, reports, snapshot, signatories, cancellationToken) is { } zip
                ? Results.File(zip, "application/zip", "ho-so-luu-tru-hop-nhat.zip")
                : Results.Forbid()).RequireAuthorization(Policies.ReadAll);
    }
}

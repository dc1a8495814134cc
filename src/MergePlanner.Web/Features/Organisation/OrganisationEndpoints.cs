using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Organisation;

public static class OrganisationEndpoints
{
    public static void MapOrganisationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/units/{id:int}/report.pdf", async (int id, UnitScopeService scopes, UnitListReport report, CancellationToken cancellationToken) =>
        {
            var scope = await scopes.GetAsync(cancellationToken);
            if (!scope.Includes(id))
            {
                return Results.Forbid();
            }

            return await report.BuildAsync(id, cancellationToken) is { } pdf
                ? Results.File(pdf, "application/pdf", $"danh-sach-don-vi-{id}.pdf")
                : Results.NotFound();
        }).RequireAuthorization(Policies.SignedIn);
    }
}

using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public static class PlanningEndpoints
{
    public static void MapPlanningEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The plan's printed documents (the print view is the page /plan/{slug}/print), within the person's scope.
        endpoints.MapGet("/plan/{slug}.{format}", async (string slug, string format, PlanDocuments documents, Reporting.PdfFonts fonts, CancellationToken cancellationToken) =>
        {
            if (PlanDocuments.Parse(slug) is not { } list || format is not ("pdf" or "xlsx") || await documents.BuildAsync(list, cancellationToken) is not { } document)
            {
                return Results.NotFound();
            }

            return document.Download(format, fonts)!;
        }).RequireAuthorization(Policies.SignedIn);

        var group = endpoints.MapGroup("/tasks").RequireAuthorization(Policies.SignedIn);

        group.MapGet("/evidence/{id:int}", async (int id, MergePlannerDbContext db, UnitScopeService scopes) =>
        {
            var file = await db.TaskEvidence.AsNoTracking().Where(e => e.Id == id)
                .Select(e => new { e.FileName, e.Content, e.Task!.ResponsibleUnitId }).SingleOrDefaultAsync();
            if (file is null)
            {
                return Results.NotFound();
            }

            // Served as a download, never inline: an uploaded file must not run in the app's origin.
            return (await scopes.GetAsync()).Includes(file.ResponsibleUnitId)
                ? Results.File(file.Content, "application/octet-stream", file.FileName)
                : Results.Forbid();
        });
    }
}

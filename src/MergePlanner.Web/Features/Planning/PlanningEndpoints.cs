using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Planning;

public static class PlanningEndpoints
{
    public static void MapPlanningEndpoints(this IEndpointRouteBuilder endpoints)
    {
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

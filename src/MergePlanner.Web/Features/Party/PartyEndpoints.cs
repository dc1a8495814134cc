using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Party;

public static class PartyEndpoints
{
    public static void MapPartyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The Party documents (PDF and XLSX; the print view is /party/lists/{slug}/print).
        endpoints.MapGet("/party/lists/{slug}.{format}", async (string slug, string format, PartyDocuments documents, Reporting.PdfFonts fonts, CancellationToken cancellationToken) =>
        {
            if (PartyDocuments.Parse(slug) is not { } list || format is not ("pdf" or "xlsx") || await documents.BuildAsync(list, cancellationToken) is not { } document)
            {
                return Results.NotFound();
            }

            return document.Download(format, fonts)!;
        }).RequireAuthorization(Policies.ReadAll);
    }
}

using MergePlanner.Web.Reporting;
using MergePlanner.Web.Security;
using MergePlanner.Web.Spreadsheets;

namespace MergePlanner.Web.Features.Personnel;

public static class PersonnelEndpoints
{
    /// <summary>Officer files: the export of the person's scope and the empty templates. A sensitive file (discipline,
    /// ratings, votes) answers 403 to a role that may not see it — the service decides.</summary>
    public static void MapPersonnelEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/officers").RequireAuthorization(Policies.ReadAll);
        group.MapGet("/export/{kind}.{format}", async (string kind, string format, OfficerTransfer transfer, CancellationToken cancellationToken) =>
        {
            if (OfficerTransfer.ColumnsOf(kind) is not { } columns || TabularReader.FormatOf("x." + format) is not { } type)
            {
                return Results.NotFound();
            }

            return await transfer.ExportRowsAsync(kind, cancellationToken) is { } rows
                ? Results.File(TabularWriter.Write(type, columns, rows), TabularWriter.ContentType(type), OfficerTransfer.FileName(kind) + TabularWriter.Extension(type))
                : Results.StatusCode(StatusCodes.Status403Forbidden);
        });
        group.MapGet("/template/{kind}.{format}", (string kind, string format) =>
            OfficerTransfer.ColumnsOf(kind) is { } columns && TabularReader.FormatOf("x." + format) is { } type
                ? Results.File(TabularWriter.Write(type, columns, [columns.Select(c => c.Example).ToList()]), TabularWriter.ContentType(type), "mau-" + OfficerTransfer.FileName(kind) + TabularWriter.Extension(type))
                : Results.NotFound());

        // The printed lists (PDF and XLSX; the print view is the page /personnel/lists/{slug}/print). The builder says
        // who may have which: null is 403 (or 404 when the list names nothing that exists, which the person cannot tell
        // apart on purpose).
        endpoints.MapGet("/personnel/lists/{slug}.{format}", async (string slug, string format, string? tier, int? unit, string? policy, int? year, int? month,
            PersonnelLists lists, PdfFonts fonts, CancellationToken cancellationToken) =>
        {
            if (PersonnelLists.Parse(slug) is not { } list || format is not ("pdf" or "xlsx"))
            {
                return Results.NotFound();
            }

            if (await lists.BuildAsync(list, new PersonnelListRequest(tier, unit, policy, year, month), cancellationToken) is not { } document)
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            return document.Download(format, fonts)!;
        }).RequireAuthorization(Policies.ReadAll);
    }
}

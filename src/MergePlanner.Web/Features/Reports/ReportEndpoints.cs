using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Reports;

public static class ReportEndpoints
{
    public static void MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/merger-summary.pdf", async (MergerSummaryReport report, CancellationToken cancellationToken) =>
            await report.BuildAsync(cancellationToken) is { } pdf
                ? Results.File(pdf, "application/pdf", "bao-cao-tong-hop-hop-nhat.pdf")
                : Results.NotFound())
            .RequireAuthorization(Policies.ReadAll);
        endpoints.MapGet("/reports/merger-summary.xlsx", async (MergerSummaryReport report, CancellationToken cancellationToken) =>
            await report.DocumentAsync(cancellationToken) is { } document
                ? Results.File(document.ToXlsx(), Spreadsheets.TabularWriter.ContentType(Spreadsheets.TabularFormat.Xlsx), "bao-cao-tong-hop-hop-nhat.xlsx")
                : Results.NotFound())
            .RequireAuthorization(Policies.ReadAll);
    }
}

using System.Globalization;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Admin;

public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The audit trail as filtered on /admin/audit, as XLSX (AuditTrail checks the role and the merger again).
        endpoints.MapGet("/admin/audit.xlsx", async (string? person, string? unit, string? entity, string? from, string? to, AuditTrail trail, Reporting.PdfFonts fonts, CancellationToken cancellationToken) =>
        {
            static DateOnly? Day(string? text) => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
            return await trail.ExportAsync(new AuditFilter(person, unit, entity, Day(from), Day(to)), cancellationToken) is { } document
                ? document.Download("xlsx", fonts)!
                : Results.Forbid();
        }).RequireAuthorization(Policies.ViewAudit);
    }
}

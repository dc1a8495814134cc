using Microsoft.AspNetCore.Antiforgery;

namespace MergePlanner.Web.Setup;

/// <summary>UseAntiforgery() only records the validation result for minimal-API endpoints that bind no
/// form; this filter turns a failed or missing token on any unsafe method into a 400.</summary>
public sealed class AntiforgeryValidationFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
        {
            return await next(context);
        }

        var feature = http.Features.Get<IAntiforgeryValidationFeature>();
        if (feature is { IsValid: false } || (feature is null && !await antiforgery.IsRequestValidAsync(http)))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ: thiếu hoặc sai mã chống giả mạo (antiforgery).");
        }

        return await next(context);
    }
}

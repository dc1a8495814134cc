namespace MergePlanner.Web.Components.Shared;

/// <summary>The status code of a refused or missing page. It can only be set while the page is prerendered over HTTP;
/// inside a circuit there is no response and the page's own panel says it.</summary>
public static class HttpStatus
{
    public static void Set(HttpContext? context, int statusCode)
    {
        if (context is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = statusCode;
        }
    }
}

namespace MergePlanner.Proxy;

/// <summary>Entry point (a named class, so tests can reference this project beside the app's own Program).</summary>
public static class ProxyHost
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddProxy();
        var app = builder.Build();
        app.UseProxy();
        await app.RunAsync();
    }
}

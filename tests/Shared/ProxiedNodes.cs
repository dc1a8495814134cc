using System.Net;
using MergePlanner.Proxy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.TestSupport;

/// <summary>An app node on a real loopback port that names itself in a response header (test only); several nodes
/// on one folder share one database, as the production nodes share SQL Server.</summary>
public sealed class NamedNode(string folder, string name) : MergePlannerFactory(folder, keepFolder: true)
{
    public const string Header = "X-Test-Node";

    private bool _disposed;

    public string Name => name;

    public string Start()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter>(new NameFilter(name)));
    }

    protected override void Dispose(bool disposing)
    {
        if (!_disposed)
        {
            _disposed = true;
            base.Dispose(disposing);
        }
    }

    /// <summary>The YARP proxy of production (sticky sessions, health checks every second) in front of the nodes.</summary>
    public static async Task<WebApplication> StartProxyAsync(params string[] nodes)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Nodes"] = string.Join(',', nodes);
        builder.Configuration["HealthCheckSeconds"] = "1";
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.AddProxy();
        var app = builder.Build();
        app.UseProxy();
        await app.StartAsync();
        return app;
    }

    /// <summary>Removes the nodes' shared folder once both have stopped (a file still held open is left to the OS).</summary>
    public static void DeleteFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean up.
        }
    }

    private sealed class NameFilter(string name) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.Headers[Header] = name;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

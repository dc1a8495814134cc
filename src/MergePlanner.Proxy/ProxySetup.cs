using Yarp.ReverseProxy.Configuration;

namespace MergePlanner.Proxy;

/// <summary>The proxy's composition, shared by its entry point and the tests that run it in front of two app hosts.</summary>
public static class ProxySetup
{
    public const string AffinityCookie = ".MergePlanner.Node";

    public static WebApplicationBuilder AddProxy(this WebApplicationBuilder builder)
    {
        // Nodes come from configuration ("Nodes": "http://web1:8080,http://web2:8080", e.g. from docker-compose).
        var nodes = (builder.Configuration["Nodes"] ?? "http://localhost:5080")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        var healthSeconds = builder.Configuration.GetValue("HealthCheckSeconds", 10);
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "app", ClusterId = "nodes", Match = new RouteMatch { Path = "{**rest}" } }],
            [new ClusterConfig
            {
                ClusterId = "nodes",
                Destinations = nodes.Select((address, i) => (address, i)).ToDictionary(n => $"node{n.i + 1}", n => new DestinationConfig { Address = n.address }),

                // Sticky sessions: interactive pages keep their state on one node. A hashed cookie needs no shared keys
                // between proxy instances; if that node is down, the person moves to a healthy one (still signed in:
                // the sign-in keys are in the database, ADR 0015).
                SessionAffinity = new SessionAffinityConfig
                {
                    Enabled = true, Policy = "HashCookie", FailurePolicy = "Redistribute", AffinityKeyName = AffinityCookie,
                    Cookie = new SessionAffinityCookieConfig { HttpOnly = true, SameSite = SameSiteMode.Lax, SecurePolicy = CookieSecurePolicy.SameAsRequest },
                },
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig { Enabled = true, Interval = TimeSpan.FromSeconds(healthSeconds), Timeout = TimeSpan.FromSeconds(5), Policy = "ConsecutiveFailures", Path = "/health" },
                    Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = TimeSpan.FromSeconds(healthSeconds * 3) },
                },
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromMinutes(5) },
            }]);
        return builder;
    }

    public static WebApplication UseProxy(this WebApplication app)
    {
        app.MapGet("/proxy-health", () => Results.Text("ok"));
        app.MapReverseProxy();
        return app;
    }
}

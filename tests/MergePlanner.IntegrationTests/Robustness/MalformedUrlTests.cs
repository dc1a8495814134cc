using System.Net;
using System.Reflection;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using Microsoft.AspNetCore.Components;

namespace MergePlanner.IntegrationTests.Robustness;

/// <summary>A hand-edited URL never crashes a page: every query parameter of every page, given a non-number, a
/// control character or an absurd value, is ignored or refused — never a 500.</summary>
[Collection(SeededAppCollection.Name)]
public class MalformedUrlTests(MergePlannerFactory factory)
{
    private static readonly string[] BadValues = ["abc", "1e5", "99999999999999999999", "-1", "%00", "%01%7F", "true%00"];

    public static TheoryData<string, string> QueryParameters()
    {
        var data = new TheoryData<string, string>();
        foreach (var (route, names) in PagesWithQueryParameters())
        {
            foreach (var name in names)
            {
                data.Add(route, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(QueryParameters))]
    public async Task Page_MalformedQueryValue_NeverAnswers500(string route, string name)
    {
        var url = await ResolveAsync(route);
        var client = await AppClient.SignedInAsync(factory, "admin");
        foreach (var value in BadValues)
        {
            var response = await client.GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{name}={value}");
            Assert.True((int)response.StatusCode < 500, $"{url} {name}={value}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void QueryParameters_AreAllReadAsText()
    {
        // Blazor throws on "abc" for an int or bool query parameter: numbers are parsed by QueryValue instead.
        var typed = typeof(Program).Assembly.GetTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            .Where(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && p.PropertyType != typeof(string) && p.PropertyType != typeof(string[]))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();
        Assert.Empty(typed);
    }

    [Theory]
    [InlineData("/\u0001")]
    [InlineData("/assets\r\nSet-Cookie: x=1")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task CultureSwitch_UnsafeReturnUrl_RedirectsHome(string returnUrl)
    {
        var client = AppClient.Anonymous(factory);
        var token = await AppClient.AntiforgeryTokenAsync(client, "/account/login");
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["culture"] = "en-US", ["returnUrl"] = returnUrl,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private static IEnumerable<(string Route, string[] Names)> PagesWithQueryParameters() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes<RouteAttribute>().Any())
            .Select(t => (Route: t.GetCustomAttributes<RouteAttribute>().First().Template,
                Names: t.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                    .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } a ? a.Name ?? p.Name : null)
                    .OfType<string>().ToArray()))
            .Where(p => p.Names.Length > 0 && !p.Route.StartsWith("/account", StringComparison.Ordinal))
            .OrderBy(p => p.Route, StringComparer.Ordinal);

    private async Task<string> ResolveAsync(string route)
    {
        var ids = await factory.WithDbAsync(async db => new
        {
            Unit = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Units.Where(u => u.Code == "HDG.PH10").Select(u => u.Id)),
            Campaign = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.InventoryCampaigns.OrderBy(c => c.Id).Select(c => c.Id)),
        });
        return route.Replace("{Id:int}", route.StartsWith("/inventory/campaigns", StringComparison.Ordinal) ? $"{ids.Campaign}" : $"{ids.Unit}", StringComparison.Ordinal)
            .Replace("{id:int}", $"{ids.Unit}", StringComparison.Ordinal)
            .Replace("{Slug}", "ho-tro", StringComparison.Ordinal);
    }
}

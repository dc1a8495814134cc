using MergePlanner.TestSupport;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MergePlanner.IntegrationTests.Infrastructure;

/// <summary>Test helpers over real HTTP: sign in through the login form, read pages, post forms with their
/// antiforgery token.</summary>
public static partial class AppClient
{
    public static HttpClient Anonymous(MergePlannerFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpClient> SignedInAsync(MergePlannerFactory factory, string userName, string password = DemoAccounts.Password)
    {
        var client = Anonymous(factory);
        var response = await LoginAsync(client, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login as {userName} answered {(int)response.StatusCode}");
        return client;
    }

    public static async Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password)
    {
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["_handler"] = "login",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no antiforgery token on {page}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a page's form the way a browser does: token from the page, the form's handler name,
    /// the fields, and optionally one file (multipart).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string formName, Dictionary<string, string> fields, (string Name, string FileName, byte[] Content)? file = null)
    {
        var token = await AntiforgeryTokenAsync(client, url);
        if (file is null)
        {
            var all = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = formName };
            return await client.PostAsync(url, new FormUrlEncodedContent(all));
        }

        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(formName), "_handler" },
        };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        content.Add(new ByteArrayContent(file.Value.Content), file.Value.Name, file.Value.FileName);
        return await client.PostAsync(url, content);
    }

    /// <summary>A form post the user may not make: the page renders no such form for them, so the framework
    /// answers 400 before any handler runs; a handler reached anyway answers 403.</summary>
    public static bool IsRejectedPost(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden || IsRefused(response);

    /// <summary>Refused means 403, or the cookie scheme's redirect to the access-denied page.</summary>
    public static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/access-denied", StringComparison.Ordinal) == true);

    /// <summary>Reads a background import's page until it shows its outcome (the page refreshes itself in a browser).</summary>
    public static async Task<string> WaitForImportAsync(HttpClient client, string jobUrl, TimeSpan? limit = null)
    {
        var started = DateTime.UtcNow;
        string html;
        do
        {
            await Task.Delay(300);
            html = await client.GetStringAsync(jobUrl);
        }
        while (!html.Contains("data-testid=\"import-success\"", StringComparison.Ordinal) && !html.Contains("data-testid=\"import-errors\"", StringComparison.Ordinal)
            && DateTime.UtcNow - started < (limit ?? TimeSpan.FromSeconds(90)));
        return html;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

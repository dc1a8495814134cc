using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace MergePlanner.Tests.Components;

/// <summary>Shared set-up for component tests: a bunit context with the app's localisation, a page address and a
/// culture. Owned, not inherited, and disposed asynchronously (platform notes: MudBlazor services are async-disposable).</summary>
public abstract class ComponentTestContext : IAsyncLifetime
{
    private readonly (CultureInfo Culture, CultureInfo UiCulture) _previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    protected ComponentTestContext()
    {
        Context.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        Context.Services.AddMudServices();
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        UseCulture("vi-VN");
    }

    protected BunitContext Context { get; } = new();

    /// <summary>The address the component sees (links it builds keep the query of the current page).</summary>
    protected void At(string uri) => Context.Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    protected static void UseCulture(string name) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = _previous;
        await Context.DisposeAsync();
    }
}

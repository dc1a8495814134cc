using Microsoft.AspNetCore.Components;

namespace MergePlanner.Web.Components.Shared;

/// <summary>
/// A page is rendered twice: prerendered over HTTP, then again when its circuit starts. What the first rendering read
/// travels inside the page (as JSON in the prerendered HTML) and the second takes it from there instead of running the
/// queries again. One per component; dispose with it.
/// </summary>
public sealed class PrerenderState(PersistentComponentState state) : IDisposable
{
    private readonly List<PersistingComponentStateSubscription> _subscriptions = [];

    public async Task<T> LoadAsync<T>(string key, Func<Task<T>> load)
    {
        if (state.TryTakeFromJson<T>(key, out var stored) && stored is not null)
        {
            return stored;
        }

        var value = await load();
        _subscriptions.Add(state.RegisterOnPersisting(() =>
        {
            state.PersistAsJson(key, value);
            return Task.CompletedTask;
        }));
        return value;
    }

    public void Dispose()
    {
        foreach (var subscription in _subscriptions)
        {
            subscription.Dispose();
        }
    }
}

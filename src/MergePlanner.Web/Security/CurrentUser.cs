using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MergePlanner.Web.Security;

/// <summary>
/// Who is acting, for every feature service and the audit trail. In an HTTP request (prerendering, downloads,
/// the sign-in pages) that is the request's user; inside an interactive circuit there is no request, so the
/// circuit's authentication state is set here when the circuit connects and again whenever it changes — the
/// periodic revalidation (<see cref="RevalidatingIdentityStateProvider"/>) turns a locked or demoted account into
/// an anonymous one, and from then on every service refuses it. A background job sets the person who queued it.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private ClaimsPrincipal? _assigned;

    public ClaimsPrincipal Principal => _assigned ?? accessor.HttpContext?.User ?? Anonymous;

    public string Name => Principal.Identity is { IsAuthenticated: true, Name: { } name } ? name : "system";

    /// <summary>Raised when the circuit's user changes (revalidation), so scope caches are dropped.</summary>
    public event Action? Changed;

    public void Set(ClaimsPrincipal principal)
    {
        _assigned = principal;
        Changed?.Invoke();
    }
}

/// <summary>Keeps <see cref="CurrentUser"/> equal to the circuit's authentication state (the pattern of the
/// ASP.NET Core docs, "circuit activity": services cannot read the state through a request).</summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser user) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnChanged;
        user.Set((await authentication.GetAuthenticationStateAsync()).User);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken) =>
        user.Set((await authentication.GetAuthenticationStateAsync()).User);

    private void OnChanged(Task<AuthenticationState> state) => _ = UpdateAsync(state);

    private async Task UpdateAsync(Task<AuthenticationState> state) => user.Set((await state).User);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnChanged;
}

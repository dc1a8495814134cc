using System.Text.Json;
using MergePlanner.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Distributed;

namespace MergePlanner.Web.Security;

public enum LoginOutcome
{
    SignedIn,

    /// <summary>Wrong user name or password — the same answer whether or not the user exists.</summary>
    Invalid,

    /// <summary>This computer is locked out of this account, or the account is locked for everyone.</summary>
    LockedOut,

    /// <summary>This computer sent too many failed sign-ins, whatever the accounts.</summary>
    Throttled,
}

/// <summary>Sign-in with failures counted per computer, so that nobody can keep an account (the administrator's) locked
/// out from one machine: five failures lock that computer out of that account for 15 minutes; twenty failures from one
/// computer over any accounts stop its sign-ins for 15 minutes; the account itself is locked for everyone only when
/// three different computers have each failed three times on it within 15 minutes (a spread-out attack). An unknown
/// user name costs the same password-hash work and gets the same answers as a real one. The counters live in the
/// distributed cache (in memory by default; a shared cache makes them hold across several web nodes).</summary>
public sealed class LoginGuard(SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, IDistributedCache cache, TimeProvider clock)
{
    public const int FailuresPerAccountAndComputer = 5;
    public const int FailuresPerComputer = 20;
    public const int ComputersToLockAccount = 3;
    public const int FailuresPerComputerToCountTowardsAccount = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    // A hash of a random password: verifying against it takes as long as verifying a real user's password.
    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N"));

    public async Task<LoginOutcome> SignInAsync(string userName, string password, bool remember, string client)
    {
        var name = userName.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow();
        var perComputer = await ReadAsync<Counter>(ComputerKey(client), now);
        if (perComputer.Count >= FailuresPerComputer)
        {
            return LoginOutcome.Throttled;
        }

        var perAccount = await ReadAsync<AccountFailures>(AccountKey(name), now);
        if (perAccount.LockedForEveryone || perAccount.ByComputer.GetValueOrDefault(client) >= FailuresPerAccountAndComputer)
        {
            return LoginOutcome.LockedOut;
        }

        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            hasher.VerifyHashedPassword(new AppUser(), DummyHash, password);
            return await FailAsync(name, client, perComputer, perAccount, null, now);
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            perAccount.ByComputer.Remove(client);
            await WriteAsync(AccountKey(name), perAccount);
            return LoginOutcome.SignedIn;
        }

        return result.IsLockedOut ? LoginOutcome.LockedOut : await FailAsync(name, client, perComputer, perAccount, user, now);
    }

    /// <summary>An administrator lifted the lock: every computer starts again from zero on this account.</summary>
    public Task ForgetAccountAsync(string userName, CancellationToken cancellationToken = default) =>
        cache.RemoveAsync(AccountKey(userName.Trim().ToUpperInvariant()), cancellationToken);

    private async Task<LoginOutcome> FailAsync(string name, string client, Counter perComputer, AccountFailures perAccount, AppUser? user, DateTimeOffset now)
    {
        await WriteAsync(ComputerKey(client), perComputer with { Count = perComputer.Count + 1 });
        var mine = perAccount.ByComputer.GetValueOrDefault(client) + 1;
        perAccount.ByComputer[client] = mine;
        await WriteAsync(AccountKey(name), perAccount);
        if (perAccount.ByComputer.Values.Count(n => n >= FailuresPerComputerToCountTowardsAccount) >= ComputersToLockAccount)
        {
            // Recorded for unknown names too, so that the answer does not tell which names exist.
            await WriteAsync(AccountKey(name), perAccount with { LockedForEveryone = true });
            if (user is not null)
            {
                await users.SetLockoutEndDateAsync(user, now + Window);
            }

            return LoginOutcome.LockedOut;
        }

        return mine >= FailuresPerAccountAndComputer ? LoginOutcome.LockedOut : LoginOutcome.Invalid;
    }

    private static string ComputerKey(string client) => $"login:computer:{client}";

    private static string AccountKey(string name) => $"login:account:{name}";

    private async Task<T> ReadAsync<T>(string key, DateTimeOffset now)
        where T : Tally, new()
    {
        var bytes = await cache.GetAsync(key);
        var value = bytes is null ? null : JsonSerializer.Deserialize<T>(bytes);
        return value is not null && value.StartedUtc + Window > now ? value : new T { StartedUtc = now };
    }

    private async Task WriteAsync<T>(string key, T value)
        where T : Tally =>
        await cache.SetAsync(key, JsonSerializer.SerializeToUtf8Bytes(value), new DistributedCacheEntryOptions { AbsoluteExpiration = value.StartedUtc + Window });

    public record Tally
    {
        public DateTimeOffset StartedUtc { get; init; }
    }

    public sealed record Counter : Tally
    {
        public int Count { get; init; }
    }

    public sealed record AccountFailures : Tally
    {
        public Dictionary<string, int> ByComputer { get; init; } = [];

        public bool LockedForEveryone { get; init; }
    }
}

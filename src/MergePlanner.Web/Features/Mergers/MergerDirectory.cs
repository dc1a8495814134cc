using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Features.Dashboard;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Mergers;

/// <summary>One merger on the national overview.</summary>
public sealed record MergerOverviewRow(
    int Id, string Name, string? ProvinceCode, string Target, IReadOnlyList<string> Sources, MergerStatus Status, DateOnly EffectiveDate,
    int ItemsTotal, int ItemsUnaccounted, int TasksOverdue, int OfficersTotal, int OfficersPlaced, bool IsCurrent)
{
    public double PlacedShare => OfficersTotal == 0 ? 0 : OfficersPlaced / (double)OfficersTotal;
}

/// <summary>The mergers of this installation for the national roles (Ministry leadership, administrators): the overview
/// of them all and the switch between them. Every figure of a merger is computed by the same query its own pages use
/// (the dashboard and the ledger), run in a context confined to that merger — so the overview and the merger's pages
/// cannot disagree.</summary>
public sealed class MergerDirectory(MergePlannerDbContext db, CurrentUser current, IServiceScopeFactory scopes, UserManager<AppUser> users)
{
    public bool IsNational => MergerSelection.IsNational(current.Principal);

    /// <summary>Every merger with its figures; null for a person who is not national.</summary>
    public async Task<IReadOnlyList<MergerOverviewRow>?> OverviewAsync(CancellationToken cancellationToken = default)
    {
        if (!IsNational)
        {
            return null;
        }

        var mergers = await db.Mergers.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.Name, m.ProvinceCode, m.Status, m.EffectiveDate, Target = m.TargetUnit!.Name })
            .ToListAsync(cancellationToken);
        var sources = await db.MergerSources.IgnoreQueryFilters().AsNoTracking().OrderBy(s => s.Ordinal)
            .Select(s => new { s.MergerId, s.Unit!.Name }).ToListAsync(cancellationToken);
        var currentId = MergerSelection.Of(current.Principal);
        var rows = new List<MergerOverviewRow>(mergers.Count);
        foreach (var merger in mergers)
        {
            var (items, unaccounted, dashboard) = await FiguresAsync(merger.Id, cancellationToken);
            rows.Add(new MergerOverviewRow(
                merger.Id, merger.Name, merger.ProvinceCode, merger.Target ?? string.Empty, sources.Where(s => s.MergerId == merger.Id).Select(s => s.Name).ToList(),
                merger.Status, merger.EffectiveDate, items, unaccounted, dashboard?.TasksOverdue ?? 0, dashboard?.OfficersTotal ?? 0, dashboard?.OfficersPlaced ?? 0,
                merger.Id == currentId));
        }

        return rows;
    }

    /// <summary>The figures of one merger as its own dashboard and ledger show them to this person.</summary>
    private async Task<(int Items, int Unaccounted, DashboardModel? Dashboard)> FiguresAsync(int mergerId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<CurrentUser>().Set(current.Principal);
        services.GetRequiredService<MergePlannerDbContext>().ConfineTo(mergerId);
        var totals = await services.GetRequiredService<LedgerQuery>().TotalsAsync(cancellationToken);
        var (items, unaccounted) = (totals.Items, totals.Unaccounted);
        var dashboard = await services.GetRequiredService<DashboardQuery>().LoadAsync(cancellationToken);
        return (items, unaccounted, dashboard);
    }

    /// <summary>Makes another merger the one a national role works in (their next pages show it). False when the person
    /// may not or the merger does not exist.</summary>
    public async Task<bool> SwitchAsync(int mergerId, CancellationToken cancellationToken = default)
    {
        if (!IsNational || !await db.Mergers.IgnoreQueryFilters().AnyAsync(m => m.Id == mergerId, cancellationToken)
            || await users.GetUserAsync(current.Principal) is not { } user)
        {
            return false;
        }

        user.MergerId = mergerId;
        return (await users.UpdateAsync(user)).Succeeded;
    }
}

using MergePlanner.Data;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Organisation.Setup;
using MergePlanner.Web.Security;

namespace MergePlanner.Web.Features.Mergers;

/// <summary>The set-up wizard's service: administrators only, checked here on every call. The merger is written by
/// <see cref="MergerSetupWriter"/> in a database context of its own (which it confines to the new merger), so the
/// administrator's pages stay in the merger they work in until they switch.</summary>
public sealed class MergerSetupService(CurrentUser current, IServiceScopeFactory scopes, ILogger<MergerSetupService> logger,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> l, Planning.PlaybookService playbook)
{
    public bool MaySetUp => current.Principal.IsInRole(Roles.Admin);

    /// <summary>The provinces of the official list: the 23 formed by merging can be set up, the 11 unchanged cannot.</summary>
    public IReadOnlyList<NewProvince> Provinces => MaySetUp ? OfficialLists.NewProvinces : [];

    public MergerSetupRequest? Propose(string provinceCode) => MaySetUp ? MergerSetupPlanner.Propose(provinceCode) : null;

    /// <summary>The plan of a new merger comes from the administrators' playbook (the built-in one until edited).</summary>
    public async Task UsePlaybookAsync(MergerSetupRequest request, CancellationToken cancellationToken = default) =>
        request.Playbook = await playbook.ActiveAsync(cancellationToken);

    public MergerSetupPreview? Preview(MergerSetupRequest request) => MaySetUp ? MergerSetupPlanner.Preview(request) : null;

    public async Task<MergerSetupResult> CreateAsync(MergerSetupRequest request, CancellationToken cancellationToken = default)
    {
        if (!MaySetUp)
        {
            return MergerSetupResult.Failed([l["Errors.Forbidden.Message"]]);
        }

        await UsePlaybookAsync(request, cancellationToken);
        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(current.Principal);
        var result = await new MergerSetupWriter(scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>()).CreateAsync(request, cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Merger {Merger} ({Name}) set up by {User} in {Elapsed} ms: {Units} units, {Lineage} lineage rows, {Review} review items",
                result.MergerId, request.MergerName, current.Name, started.ElapsedMilliseconds, result.UnitsCreated, result.LineageCreated, result.ReviewItems);
        }

        return result;
    }
}

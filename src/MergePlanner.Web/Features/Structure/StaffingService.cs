using MergePlanner.Data;
using MergePlanner.Data.Organisation;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Structure;

public enum QuotaChange
{
    Saved,
    Refused,

    /// <summary>Someone saved other figures since the form was drawn; nothing was overwritten.</summary>
    ChangedMeanwhile,
}

/// <summary>Biên chế of a unit. Checks the role itself and refuses to overwrite figures saved by someone else since the
/// form was drawn, naming what changed.</summary>
public sealed class StaffingService(MergePlannerDbContext db, CurrentUser current, Organisation.MergerContext mergers)
{
    public const int MaxQuota = 10_000;

    /// <param name="values">The new figure per position group (null removes it).</param>
    /// <param name="drawnFrom">The figures the form showed; a group missing from it is not compared.</param>
    public async Task<(QuotaChange Result, IReadOnlyList<(PositionGroup Group, int? Was, int? Now)> Changed)> SaveQuotasAsync(
        int unitId, IReadOnlyDictionary<PositionGroup, int?> values, IReadOnlyDictionary<PositionGroup, int?> drawnFrom, CancellationToken cancellationToken = default)
    {
        // A circuit keeps this context for as long as the page is open: start every change from the database, not
        // from entities an earlier action left tracked (or a failed save left half-added).
        db.ChangeTracker.Clear();
        if (current.Principal is not { } user || !Permissions.Allows(user, AppAction.EditStructure) || await mergers.IsClosedAsync(cancellationToken)
            || values.Values.Any(v => v is < 0 or > MaxQuota) || !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            return (QuotaChange.Refused, []);
        }

        var quotas = await db.StaffingQuotas.Where(q => q.UnitId == unitId).ToListAsync(cancellationToken);
        var changed = drawnFrom.Select(d => (Group: d.Key, Was: d.Value, Now: quotas.FirstOrDefault(q => q.Group == d.Key)?.Authorised))
            .Where(c => c.Was != c.Now).ToList();
        if (changed.Count > 0)
        {
            return (QuotaChange.ChangedMeanwhile, changed);
        }

        foreach (var (group, value) in values)
        {
            var quota = quotas.FirstOrDefault(q => q.Group == group);
            if (value is null && quota is not null)
            {
                db.StaffingQuotas.Remove(quota);
            }
            else if (value is { } v && quota is null)
            {
                db.StaffingQuotas.Add(new StaffingQuota { UnitId = unitId, Group = group, Authorised = v });
            }
            else if (value is { } w && quota is not null)
            {
                quota.Authorised = w;
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException || UniqueViolation.Is(e))
        {
            // Saved by someone else between this read and this write.
            db.ChangeTracker.Clear();
            return (QuotaChange.ChangedMeanwhile, []);
        }

        return (QuotaChange.Saved, []);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using MergePlanner.Data;
using MergePlanner.Data.Organisation.Setup;
using MergePlanner.Data.Planning;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace MergePlanner.Web.Features.Planning;

public sealed record PlaybookRow(int Id, Workstream Workstream, string Owner, int DaysFromD, string Title, bool Milestone, bool Active, int Version);

public sealed record PlaybookForm(Workstream Workstream, string? Owner, int DaysFromD, string? Title, bool Milestone, bool Active, int? ExpectedVersion = null);

/// <summary>
/// The playbook a new merger's plan is made from (issue 11, point 1): the built-in template until an administrator
/// edits it, then the stored one. The first edit stores the built-in tasks first, so nothing of it is lost; a task is
/// retired (inactive), never deleted. Only administrators change it (checked here); the set-up wizard reads it.
/// </summary>
public sealed partial class PlaybookService(MergePlannerDbContext db, CurrentUser current, IStringLocalizer<SharedResource> l)
{
    public bool MayEdit => Permissions.Allows(current.Principal, AppAction.EditPlaybook);

    /// <summary>Every task of the playbook, the retired ones too (an id of 0: not stored yet, the built-in template).</summary>
    public async Task<IReadOnlyList<PlaybookRow>> RowsAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.PlaybookTasks.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new PlaybookRow(t.Id, t.Workstream, t.Owner, t.DaysFromD, t.Title, t.Milestone, t.Active, t.Version)).ToListAsync(cancellationToken);
        return stored.Count > 0
            ? stored
            : WorkstreamPlan.Template.Select(t => new PlaybookRow(0, t.Workstream, t.Owner, t.DaysFromD, t.Title, t.Milestone, true, 0)).ToList();
    }

    /// <summary>The active tasks, as the set-up wizard plans with them.</summary>
    public async Task<IReadOnlyList<PlannedTask>> ActiveAsync(CancellationToken cancellationToken = default) =>
        (await RowsAsync(cancellationToken)).Where(r => r.Active).Select(r => new PlannedTask(r.Workstream, r.Owner, r.DaysFromD, r.Title, r.Milestone)).ToList();

    /// <summary>Adds a task (no id) or edits one; every bad field named at once.</summary>
    public async Task<string?> SaveAsync(int? id, PlaybookForm form, CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!MayEdit)
        {
            return l["Errors.Forbidden.Message"];
        }

        var errors = new List<string>();
        var title = form.Title?.Trim();
        if (string.IsNullOrEmpty(title) || title.Length > 500)
        {
            errors.Add(l["Plan.Err.Title"]);
        }

        var owner = form.Owner?.Trim().ToUpperInvariant();
        if (owner is null || !OwnerCode().IsMatch(owner))
        {
            errors.Add(l["Playbook.Err.Owner"]);
        }

        if (!Enum.IsDefined(form.Workstream))
        {
            errors.Add(l["Plan.Err.Workstream"]);
        }

        if (Math.Abs(form.DaysFromD) > TaskService.MaxDaysFromEffective)
        {
            errors.Add(string.Format(CultureInfo.CurrentCulture, l["Plan.Err.Days"], TaskService.MaxDaysFromEffective));
        }

        if (errors.Count > 0)
        {
            return string.Join(" ", errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await StoreBuiltInAsync(cancellationToken);
        PlaybookTask? task;
        if (id is { } existing && existing > 0)
        {
            task = await db.PlaybookTasks.SingleOrDefaultAsync(t => t.Id == existing, cancellationToken);
            if (task is null)
            {
                return l["Errors.NotFound.Title"];
            }

            if (form.ExpectedVersion is { } version && version != task.Version)
            {
                return l["Plan.Err.Stale"];
            }
        }
        else
        {
            task = new PlaybookTask { Owner = owner!, Title = title!, SortOrder = (await db.PlaybookTasks.MaxAsync(t => (int?)t.SortOrder, cancellationToken) ?? 0) + 1 };
            db.PlaybookTasks.Add(task);
        }

        (task.Workstream, task.Owner, task.DaysFromD, task.Title, task.Milestone, task.Active) = (form.Workstream, owner!, form.DaysFromD, title!, form.Milestone, form.Active);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Stores the built-in playbook if nothing is stored yet (the first edit keeps every task of it), and
    /// answers the rows as stored.</summary>
    public async Task<IReadOnlyList<PlaybookRow>?> StoreAsync(CancellationToken cancellationToken = default)
    {
        db.ChangeTracker.Clear();
        if (!MayEdit)
        {
            return null;
        }

        await StoreBuiltInAsync(cancellationToken);
        return await RowsAsync(cancellationToken);
    }

    private async Task StoreBuiltInAsync(CancellationToken cancellationToken)
    {
        if (await db.PlaybookTasks.AnyAsync(cancellationToken))
        {
            return;
        }

        db.PlaybookTasks.AddRange(WorkstreamPlan.Template.Select((t, i) => new PlaybookTask
        {
            Workstream = t.Workstream, Owner = t.Owner, DaysFromD = t.DaysFromD, Title = t.Title, Milestone = t.Milestone, SortOrder = i + 1,
        }));
        await db.SaveChangesAsync(cancellationToken);
    }

    [GeneratedRegex("^[A-Z]{2}[0-9]{2}$")]
    private static partial Regex OwnerCode();
}

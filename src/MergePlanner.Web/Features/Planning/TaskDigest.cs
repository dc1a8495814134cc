using System.Globalization;
using System.Text;
using MailKit.Net.Smtp;
using MailKit.Security;
using MergePlanner.Data;
using MergePlanner.Data.Planning;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace MergePlanner.Web.Features.Planning;

/// <summary>The mail server the daily digest goes through (settings "Smtp"); no host, no mail.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>None, StartTls, SslOnConnect or Auto (MailKit's SecureSocketOptions).</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "mergeplanner@localhost";

    public string FromName { get; set; } = "MergePlanner";

    /// <summary>The address the links in a mail point to.</summary>
    public string? AppUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}

/// <summary>
/// The daily e-mail digest: to each person with an address, the warnings written to their inbox since the last
/// digest, grouped overdue first. A warning is marked mailed only after the server took the mail, so a failed send
/// goes out the next time. Vietnamese, as every document of the app.
/// </summary>
public sealed class TaskDigestMailer(IServiceScopeFactory scopes, SmtpOptions smtp, TimeProvider clock, ILogger<TaskDigestMailer> logger)
{
    /// <summary>Sends the digests; returns how many mails the server accepted.</summary>
    public async Task<int> SendAsync(CancellationToken cancellationToken = default)
    {
        if (!smtp.Enabled)
        {
            return 0;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MergePlannerDbContext>().Unconfined();
        var open = MergerTaskStatusRules.OpenStatuses.ToList();
        var pending = await db.Notifications.IgnoreQueryFilters().AsNoTracking().Where(n => n.MailedAtUtc == null && n.ReadAtUtc == null && open.Contains(n.Task!.Status))
            .Select(n => new DigestLine(n.Id, n.UserName, n.Kind, n.Task!.Code, n.Task.Title, n.Task.ResponsibleUnit!.Name, n.Task.ResponsiblePerson, n.Deadline, n.TaskId))
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var names = pending.Select(p => p.UserName).Distinct().ToList();
        var people = await db.Users.Where(u => names.Contains(u.UserName!) && u.Email != null && u.EmailConfirmed)
            .Select(u => new { UserName = u.UserName!, Email = u.Email!, u.FullName }).ToDictionaryAsync(u => u.UserName, cancellationToken);
        var sent = 0;
        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host!, smtp.Port, Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        foreach (var group in pending.GroupBy(p => p.UserName))
        {
            if (!people.TryGetValue(group.Key, out var person))
            {
                continue;
            }

            var message = Compose(person.FullName, person.Email, group.ToList());
            try
            {
                await client.SendAsync(message, cancellationToken);
            }
            catch (SmtpCommandException e)
            {
                // One refused address does not stop the others; this person's warnings go in the next digest.
                logger.LogWarning(e, "The digest to {User} was refused by the mail server", group.Key);
                continue;
            }

            var ids = group.Select(g => g.Id).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Notifications.IgnoreQueryFilters().Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAtUtc, now), cancellationToken);
            sent++;
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Task digest: {Sent} mails", sent);
        return sent;
    }

    private MimeMessage Compose(string fullName, string email, IReadOnlyList<DigestLine> lines)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(smtp.FromName, smtp.From));
        message.To.Add(new MailboxAddress(fullName, email));
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        message.Subject = $"[MergePlanner] Nhiệm vụ cần chú ý ngày {today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}: {lines.Count} thông báo";
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Kính gửi {fullName},");
        text.AppendLine();
        foreach (var kind in new[] { TaskAlertKind.Escalated, TaskAlertKind.Overdue, TaskAlertKind.DueSoon })
        {
            var ofKind = lines.Where(l => l.Kind == kind).OrderBy(l => l.Deadline).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"{Heading(kind)} ({ofKind.Count}):");
            foreach (var line in ofKind)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {line.Code} {line.Title} — {line.Unit}{(line.Person is null ? string.Empty : ", " + line.Person)}; hạn {line.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}");
                if (!string.IsNullOrWhiteSpace(smtp.AppUrl))
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  {smtp.AppUrl.TrimEnd('/')}/tasks/{line.TaskId}");
                }
            }

            text.AppendLine();
        }

        text.AppendLine("Thư gửi tự động từ MergePlanner; xem và đánh dấu đã đọc tại mục Thông báo.");
        message.Body = new TextPart("plain") { Text = text.ToString() };
        return message;
    }

    public static string Heading(TaskAlertKind kind) => kind switch
    {
        TaskAlertKind.Escalated => "Quá hạn, báo cáo lãnh đạo",
        TaskAlertKind.Overdue => "Quá hạn",
        _ => "Sắp đến hạn",
    };

    private sealed record DigestLine(long Id, string UserName, TaskAlertKind Kind, string Code, string Title, string Unit, string? Person, DateOnly Deadline, int TaskId);
}

/// <summary>Runs the task alerts every few minutes and the e-mail digest once a day after its hour. Both are safe to
/// run again (the inbox keeps one warning per task, kind, deadline and person; a digest marks what it mailed), so
/// several nodes or a restart never send a warning twice.</summary>
public sealed class TaskAlertWorker(TaskAlertService alerts, TaskDigestMailer digest, TaskAlertPolicy policy, TimeProvider clock, IConfiguration configuration, ILogger<TaskAlertWorker> logger) : BackgroundService
{
    private DateOnly _lastDigest;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Plan:Alerts:IntervalMinutes", 15)));
        if (!configuration.GetValue("Plan:Alerts:RunWorker", true))
        {
            return;
        }

        // Let start-up (migrations, the demo seed) finish first.
        await Task.Delay(TimeSpan.FromSeconds(configuration.GetValue("Plan:Alerts:StartDelaySeconds", 30)), stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await alerts.RunAsync(stoppingToken);
                var now = clock.GetLocalNow();
                var today = DateOnly.FromDateTime(now.Date);
                if (now.Hour >= policy.DigestHour && _lastDigest != today)
                {
                    await digest.SendAsync(stoppingToken);
                    _lastDigest = today;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Task alerts failed; trying again in {Interval}", interval);
            }

            await Task.Delay(interval, stoppingToken);
        }
    }
}

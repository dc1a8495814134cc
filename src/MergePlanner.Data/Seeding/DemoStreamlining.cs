using MergePlanner.Data.Organisation;
using MergePlanner.Data.Organisation.Staffing;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Data.Personnel.Streamlining;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data.Seeding;

/// <summary>The streamlining lists of the demo at work: the five officers closest to their service limit proposed for
/// early retirement (the first two approved by the Director), and one officer of each of the first three units placed
/// above their biên chế proposed for a transfer out. No random draw: the rest of the demo stays as it was.</summary>
internal sealed class DemoStreamlining(MergePlannerDbContext db)
{
    private const string Staff = "Phòng Tổ chức cán bộ (dữ liệu mẫu)";

    public async Task FillAsync(DateOnly effectiveDate, DateOnly today, CancellationToken cancellationToken)
    {
        var rules = PersonnelRuleBook.Default;
        var officers = await db.Officers.AsNoTracking().Where(o => o.PlacedUnitId != null && o.PlacedPosition != null)
            .Select(o => new { o.Id, o.BirthDate, o.Rank, o.Gender, o.ServiceSince, Unit = o.PlacedUnitId!.Value, Position = o.PlacedPosition!.Value })
            .ToListAsync(cancellationToken);
        var proposedAt = effectiveDate.AddDays(20).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var early = officers
            .Select(o => (o.Id, Check: StreamliningRules.EarlyRetirement(o.BirthDate, o.Rank, o.Gender, o.ServiceSince, today, rules)))
            .Where(x => x.Check.Candidate).OrderBy(x => x.Check.MonthsLeft).ThenBy(x => x.Id).Take(5).ToList();
        var index = 0;
        foreach (var (id, _) in early)
        {
            var approved = index++ < 2;
            db.StreamliningCases.Add(new StreamliningCase
            {
                OfficerId = id, Reason = StreamliningReason.EarlyRetirement, Measure = StreamliningMeasure.EarlyRetirement,
                Status = approved ? StreamliningStatus.Approved : StreamliningStatus.Proposed, Note = "Cán bộ có nguyện vọng nghỉ hưu trước tuổi theo Nghị định 178/2024/NĐ-CP.",
                ProposedBy = Staff, ProposedAtUtc = proposedAt,
                DecidedBy = approved ? "Giám đốc (dữ liệu mẫu)" : null, DecidedAtUtc = approved ? proposedAt.AddDays(5) : null,
                DecisionNumber = approved ? $"{2100 + index}/QĐ-CAT" : null, DecisionDate = approved ? DateOnly.FromDateTime(proposedAt.AddDays(5)) : null,
            });
        }

        var taken = early.Select(e => e.Id).ToHashSet();
        var quotas = await db.StaffingQuotas.AsNoTracking().ToDictionaryAsync(q => (q.UnitId, q.Group), q => q.Authorised, cancellationToken);
        var over = officers.GroupBy(o => (o.Unit, Group: StaffingRules.GroupOf(o.Position)))
            .Where(g => quotas.TryGetValue(g.Key, out var cap) && g.Count() > cap)
            .OrderBy(g => g.Key.Unit).ThenBy(g => g.Key.Group).Take(3);
        foreach (var group in over)
        {
            var officer = group.Where(o => !taken.Contains(o.Id)).OrderBy(o => o.BirthDate).FirstOrDefault();
            if (officer is null)
            {
                continue;
            }

            db.StreamliningCases.Add(new StreamliningCase
            {
                OfficerId = officer.Id, Reason = StreamliningReason.Surplus, Measure = StreamliningMeasure.TransferOut, Status = StreamliningStatus.Proposed,
                Note = "Dôi dư so với biên chế được giao; đề nghị điều động về đơn vị còn thiếu.", ProposedBy = Staff, ProposedAtUtc = proposedAt,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}

using System.Globalization;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Personnel.Eligibility;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MergePlanner.IntegrationTests.Personnel;

/// <summary>
/// The officer record (issue 10, points 1–2 and 4): personnel staff edit the selection fields and the sensitive part
/// (discipline, ratings, votes) of any unit's officer; the service refuses every other role itself and changes nothing;
/// bad values are named; the sensitive part reaches only personnel staff, leadership and administrators — in the page
/// model, the page's HTML and the eligibility check alike.
/// </summary>
public class OfficerRecordTests(OfficerRecordTests.Factory factory) : IClassFixture<OfficerRecordTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    /// <summary>A deputy department head of the source whose unit codes start so (each test its own officer).</summary>
    private Task<(int Id, string Number, int Version)> OfficerAsync(string codePrefix, int skip = 0) => factory.WithDbAsync(async db =>
    {
        var o = await db.Officers.Where(o => o.Unit!.Code.StartsWith(codePrefix) && o.Position == Position.DeputyDepartmentHead).OrderBy(o => o.Id).Skip(skip).FirstAsync();
        return (o.Id, o.OfficerNumber, o.Version);
    });

    [Fact]
    public async Task PersonnelStaff_EditTheRecord_OtherRolesAreRefusedByTheService_NothingChanges()
    {
        var (id, _, version) = await OfficerAsync("HDG.");
        var edit = new OfficerEdit(EducationLevel.Master, true, ProfessionalLine.Security, PoliticalTheory.Advanced, new DateOnly(2005, 3, 3), 1,
            new DateOnly(2021, 8, 1), Position.DepartmentHead, "Phường Thành Đông, Hải Dương", 47.5m, new DateOnly(2003, 9, 1));

        foreach (var user in new[] { "lanhdao", "xem", "canbo.hd", "bo" })
        {
            var refused = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerRecordService>().UpdateAsync(id, edit, version));
            Assert.Equal(["Tài khoản của bạn không có quyền sửa hồ sơ cán bộ này."], refused);
        }

        Assert.Equal(version, await factory.WithDbAsync(db => db.Officers.Where(o => o.Id == id).Select(o => o.Version).SingleAsync()));

        Assert.Empty(await ServiceCaller.AsAsync(factory, "tccb", s => s.GetRequiredService<OfficerRecordService>().UpdateAsync(id, edit, version)));
        var saved = await factory.WithDbAsync(db => db.Officers.SingleAsync(o => o.Id == id));
        Assert.Equal((EducationLevel.Master, PoliticalTheory.Advanced, 1, Position.DepartmentHead, 47.5m, new DateOnly(2003, 9, 1), version + 1),
            (saved.Education, saved.PoliticalTheory, saved.HealthClass, saved.PlannedFor, saved.CommuteKm, saved.ServiceSince, saved.Version));
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Officer) && a.EntityKey == key && a.UserName == "tccb")));

        // The form drawn before that save is stale: refused, not overwritten.
        Assert.Contains("vừa được người khác thay đổi", Assert.Single(await ServiceCaller.AsAsync(factory, "tccb", s => s.GetRequiredService<OfficerRecordService>().UpdateAsync(id, edit, version))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadValues_AreRefused_NamingEveryField()
    {
        var (id, _, version) = await OfficerAsync("HPC.");
        var bad = new OfficerEdit(null, false, null, PoliticalTheory.None, new DateOnly(1950, 1, 1), 7, new DateOnly(2099, 1, 1), null, null, -3, new DateOnly(2099, 1, 1));
        var errors = await ServiceCaller.AsAsync(factory, "tccb", s => s.GetRequiredService<OfficerRecordService>().UpdateAsync(id, bad, version));
        Assert.Equal(5, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Ngày vào Công an nhân dân", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Phân loại sức khỏe", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Ngày vào Đảng", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Ngày bổ nhiệm chức vụ hiện tại", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Khoảng cách", StringComparison.Ordinal));
        Assert.Equal(version, await factory.WithDbAsync(db => db.Officers.Where(o => o.Id == id).Select(o => o.Version).SingleAsync()));
    }

    [Fact]
    public async Task Discipline_RunningFailsTheCheck_AnnulledStaysOnRecord_AndNoLongerCounts()
    {
        var (id, number, _) = await OfficerAsync("HPC.", skip: 1);
        var records = (IServiceProvider s) => s.GetRequiredService<OfficerRecordService>();
        var today = DateOnly.FromDateTime(DateTime.Today);

        // Refused to anyone but personnel staff (and administrators).
        Assert.NotEmpty(await ServiceCaller.AsAsync(factory, "lanhdao", s => records(s).AddDisciplineAsync(id, new DisciplineEdit(DisciplineKind.Warning, "1/QĐ", today.AddMonths(-2), today.AddMonths(10), null))));
        Assert.Empty(await ServiceCaller.AsAsync(factory, "tccb", s => records(s).AddDisciplineAsync(id, new DisciplineEdit(DisciplineKind.Warning, "88/QĐ-CAT", today.AddMonths(-2), today.AddMonths(10), "Vi phạm quy trình"))));

        var (verdict, reason) = await ServiceCaller.AsAsync(factory, "tccb", async s =>
        {
            var v = await records(s).CheckAsync(id, Position.DepartmentHead, today);
            var rule = v!.Results.Single(r => r.Rule == EligibilityRule.Discipline);
            return (v, EligibilityText.Reason(rule, s.GetRequiredService<IStringLocalizer<SharedResource>>()));
        });
        Assert.Equal(RuleOutcome.Fail, verdict.Outcome);
        Assert.StartsWith("Đang trong thời hạn kỷ luật: Cảnh cáo theo quyết định số 88/QĐ-CAT", reason, StringComparison.Ordinal);

        // Annulled: kept, marked, and the rule no longer counts it.
        var discipline = await factory.WithDbAsync(db => db.DisciplineRecords.Where(d => d.OfficerId == id && d.DecisionNumber == "88/QĐ-CAT").Select(d => d.Id).SingleAsync());
        Assert.Equal(["Nhập lý do hủy quyết định kỷ luật."], await ServiceCaller.AsAsync(factory, "tccb", s => records(s).AnnulDisciplineAsync(discipline, " ")));
        Assert.Empty(await ServiceCaller.AsAsync(factory, "tccb", s => records(s).AnnulDisciplineAsync(discipline, "Quyết định bị hủy theo kết luận thanh tra")));
        Assert.NotNull(await factory.WithDbAsync(db => db.DisciplineRecords.Where(d => d.Id == discipline).Select(d => d.AnnulledReason).SingleAsync()));
        var after = await ServiceCaller.AsAsync(factory, "tccb", s => records(s).CheckAsync(id, Position.DepartmentHead, today));
        Assert.NotEqual("Discipline.Running", after!.Results.Single(r => r.Rule == EligibilityRule.Discipline).ReasonKey);
        Assert.NotNull(number);
    }

    [Fact]
    public async Task SensitivePart_ReachesOnlyPersonnelLeadershipAndAdmin_InTheModelThePageAndTheCheck()
    {
        // An officer of Hải Dương's logistics department with a discipline decision on record.
        var (id, name, decision) = await factory.WithDbAsync(async db =>
        {
            var o = await db.Officers.Where(o => o.Unit!.Code == "HDG.PH10").OrderBy(o => o.Id).FirstAsync();
            db.DisciplineRecords.Add(new DisciplineRecord { OfficerId = o.Id, Kind = DisciplineKind.Reprimand, DecisionNumber = "77/QĐ-KLBM", DecidedOn = new DateOnly(2024, 5, 1), EndsOn = new DateOnly(2025, 4, 30) });
            await db.SaveChangesAsync();
            return (o.Id, o.FullName, "77/QĐ-KLBM");
        });

        foreach (var user in new[] { "tccb", "lanhdao", "admin" })
        {
            var (_, detail) = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerDetails>().GetAsync(id));
            Assert.Contains(detail!.Sensitive!.Disciplines, d => d.DecisionNumber == decision);
            var page = await (await AppClient.SignedInAsync(factory, user)).GetStringAsync($"/officers/{id}");
            Assert.Contains(decision, page, StringComparison.Ordinal);
            Assert.NotNull(await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerRecordService>().CheckAsync(id, Position.CommuneChief, DateOnly.FromDateTime(DateTime.Today))));
        }

        foreach (var user in new[] { "xem", "canbo.hd", "bo" })
        {
            var (access, detail) = await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerDetails>().GetAsync(id));
            Assert.Equal(OfficerAccess.Shown, access);
            Assert.Null(detail!.Sensitive);
            var page = await (await AppClient.SignedInAsync(factory, user)).GetStringAsync($"/officers/{id}");
            Assert.Contains(name, page, StringComparison.Ordinal);
            Assert.DoesNotContain(decision, page, StringComparison.Ordinal);
            Assert.DoesNotContain("officer-sensitive", page, StringComparison.Ordinal);
            Assert.Null(await ServiceCaller.AsAsync(factory, user, s => s.GetRequiredService<OfficerRecordService>().CheckAsync(id, Position.CommuneChief, DateOnly.FromDateTime(DateTime.Today))));
        }
    }

    [Fact]
    public async Task Demo_EveryRuleBothPassesAndFails_ForSomeOfficers()
    {
        var outcomes = await ServiceCaller.AsAsync(factory, "tccb", async s =>
        {
            var db = s.GetRequiredService<MergePlanner.Data.MergePlannerDbContext>();
            var candidates = await CandidateFactsQuery.ForOfficersAsync(db, null);
            var today = DateOnly.FromDateTime(DateTime.Today);
            return candidates.Values.Where(c => c.Facts.Position is Position.DeputyCommuneChief or Position.CommuneChief or Position.DeputyDepartmentHead)
                .SelectMany(c => EligibilityEngine.Default.Evaluate(c.Facts, c.Facts.Position == Position.DeputyDepartmentHead ? Position.DepartmentHead : Position.CommuneChief, today).Results)
                .GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.Select(r => r.Outcome).ToHashSet());
        });

        foreach (var rule in Enum.GetValues<EligibilityRule>().Except([EligibilityRule.TimeInPost]))
        {
            Assert.True(outcomes[rule].Contains(RuleOutcome.Pass), $"{rule}: no pass");
            Assert.True(outcomes[rule].Count > 1, $"{rule}: only {string.Join(",", outcomes[rule])}");
        }
    }
}

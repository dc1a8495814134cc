using MergePlanner.Data.Party;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Party;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Party;

/// <summary>Party organisations and congresses through PartyService as the pages call it, and their documents over
/// HTTP (issue 11, points 4–6): the mapping moves the "after" figure, records never exceed what was sent, congresses
/// are held bottom-up, candidates are checked with a reason; only the roles that manage the Party work change anything.</summary>
public class PartyTests(PartyTests.Factory factory) : IClassFixture<PartyTests.Factory>
{
    public sealed class Factory : MergePlannerFactory;

    private static PartyService S(IServiceProvider s) => s.GetRequiredService<PartyService>();

    [Fact]
    public async Task Board_BeforeAndAfter_TheMappingMovesTheAfterFigure_OnlyManagersChange()
    {
        var board = (await ServiceCaller.AsAsync(factory, "xem", s => S(s).BoardAsync()))!;
        Assert.False(board.MayManage);
        Assert.Equal(board.Sources.Sum(s => s.Members), board.MembersBefore);
        Assert.Equal(board.Sources.Where(s => s.SuccessorId != null).Sum(s => s.Members), board.MembersAfter);
        Assert.True(board.Unmapped > 0, "the demo leaves some organisations undecided");
        Assert.Contains(board.Sources, s => s.Fate == PartyOrgFate.Dissolve && s.FateNote != null);
        Assert.Null(await ServiceCaller.AsAsync(factory, "canbo.hd", s => S(s).BoardAsync()));

        var open = board.Sources.First(s => s.Fate is null && s.Members > 0);
        var target = board.Targets.First(t => t.Kind == PartyOrgKind.UpperCommittee);
        foreach (var user in new[] { "xem", "canbo.hd", "bo" })
        {
            Assert.False((await ServiceCaller.AsAsync(factory, user, s => S(s).MapAsync(open.Id, PartyOrgFate.Merge, target.Id, null))).Ok);
        }

        Assert.False((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MapAsync(open.Id, PartyOrgFate.Dissolve, target.Id, " "))).Ok); // no reason
        Assert.False((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MapAsync(open.Id, PartyOrgFate.Merge, board.Sources[0].Id, null))).Ok); // not a new organisation
        Assert.False((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).RecordsAsync(open.Id, 1, 0))).Ok); // fate first
        Assert.True((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).MapAsync(open.Id, PartyOrgFate.Merge, target.Id, null))).Ok);

        var tooMany = await ServiceCaller.AsAsync(factory, "tccb", s => S(s).RecordsAsync(open.Id, open.Members, open.Members + 1));
        Assert.False(tooMany.Ok);
        Assert.Contains(open.Members.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), tooMany.Message);
        Assert.True((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).RecordsAsync(open.Id, open.Members, open.Members - 1))).Ok);

        var after = (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).BoardAsync()))!;
        Assert.Equal(board.MembersAfter + open.Members, after.MembersAfter);
        Assert.Equal(board.Unmapped - 1, after.Unmapped);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.EntityType == nameof(PartyOrganisation) && a.EntityKey == open.Id.ToString() && a.UserName == "tccb")));
    }

    [Fact]
    public async Task Congresses_HeldBottomUp_WithTheirDay()
    {
        var schedule = (await ServiceCaller.AsAsync(factory, "lanhdao", s => S(s).ScheduleAsync()))!;
        Assert.Equal(schedule.OrderBy(c => c.Level).Select(c => c.Id), schedule.Select(c => c.Id)); // cells first, the provincial congress last
        Assert.Contains(schedule, c => c.Status == CongressStatus.Held);
        Assert.Contains(schedule, c => c.Status != CongressStatus.Held);

        var provincial = schedule.Single(c => c.Level == CongressLevel.Provincial);
        var early = await ServiceCaller.AsAsync(factory, "tccb", s => S(s).UpdateCongressAsync(provincial.Id, CongressStatus.Held, null, provincial.Deadline, null));
        Assert.False(early.Ok);
        Assert.Contains("từ dưới lên", early.Message);

        // A grassroots congress whose cells were all held: not before the last of them, not in the future.
        var organisations = await factory.WithDbAsync(db => db.PartyOrganisations.Select(o => new { o.Id, o.ParentId }).ToListAsync());
        var ready = schedule.Where(c => c.Level == CongressLevel.Grassroots && c.Status != CongressStatus.Held).First(c =>
        {
            var cells = schedule.Where(x => organisations.Single(o => o.Id == x.OrganisationId).ParentId == c.OrganisationId).ToList();
            return cells.Count > 0 && cells.All(x => x.Status == CongressStatus.Held);
        });
        var lastCell = schedule.Where(x => organisations.Single(o => o.Id == x.OrganisationId).ParentId == ready.OrganisationId).Max(x => x.HeldOn!.Value);
        var before = await ServiceCaller.AsAsync(factory, "tccb", s => S(s).UpdateCongressAsync(ready.Id, CongressStatus.Held, null, lastCell.AddDays(-1), "Nghị quyết"));
        Assert.False(before.Ok);
        Assert.False((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).UpdateCongressAsync(ready.Id, CongressStatus.Held, null, DateOnly.FromDateTime(DateTime.Today).AddDays(1), null))).Ok);
        Assert.False((await ServiceCaller.AsAsync(factory, "xem", s => S(s).UpdateCongressAsync(ready.Id, CongressStatus.Held, null, lastCell, null))).Ok);
        Assert.True((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).UpdateCongressAsync(ready.Id, CongressStatus.Held, null, lastCell, "Báo cáo chính trị\nNghị quyết"))).Ok);
        Assert.Equal(lastCell, await factory.WithDbAsync(db => db.PartyCongresses.Where(c => c.Id == ready.Id).Select(c => c.HeldOn).SingleAsync()));
    }

    [Fact]
    public async Task Candidates_CheckedWithTheirReason_AddedByNumber()
    {
        var schedule = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ScheduleAsync()))!;
        var failing = schedule.First(c => c.Failing > 0);
        var candidates = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).CandidatesAsync(failing.Id)))!;
        Assert.Equal(failing.Failing, candidates.Count(c => !c.Check.Passes));
        Assert.All(candidates.Where(c => !c.Check.Passes), c => Assert.Contains("Chỉ còn", c.Check.Reason));
        Assert.All(candidates, c => Assert.Equal(c.IsIncumbent ? 48 : 60, c.Check.Required));

        var open = schedule.First(c => c.Status is not (CongressStatus.Held or CongressStatus.Cancelled) && c.Level != CongressLevel.Cell);
        var unknown = await ServiceCaller.AsAsync(factory, "tccb", s => S(s).AddCandidateAsync(open.Id, "KHONG-CO", false, CommitteeRole.Member));
        Assert.Contains("KHONG-CO", unknown.Message);
        var taken = await factory.WithDbAsync(db => db.CommitteeCandidates.Where(c => c.CongressId == open.Id).Select(c => c.Officer!.OfficerNumber).ToListAsync());
        var number = await factory.WithDbAsync(db => db.Officers.Where(o => !taken.Contains(o.OfficerNumber)).OrderBy(o => o.Id).Select(o => o.OfficerNumber).FirstAsync());
        Assert.False((await ServiceCaller.AsAsync(factory, "canbo.hd", s => S(s).AddCandidateAsync(open.Id, number, false, CommitteeRole.Member))).Ok);
        Assert.True((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).AddCandidateAsync(open.Id, number, false, CommitteeRole.Member))).Ok);
        Assert.False((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).AddCandidateAsync(open.Id, number, true, CommitteeRole.Member))).Ok); // once
        var added = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).CandidatesAsync(open.Id)))!.Single(c => c.OfficerNumber == number);
        Assert.False(added.IsIncumbent);
        Assert.True((await ServiceCaller.AsAsync(factory, "tccb", s => S(s).RemoveCandidateAsync(added.Id))).Ok);
    }

    [Fact]
    public async Task Documents_TheSameFiguresAsTheService_OnlyForTheMergerWideRoles()
    {
        var schedule = (await ServiceCaller.AsAsync(factory, "tccb", s => S(s).ScheduleAsync()))!;
        var client = await AppClient.SignedInAsync(factory, "tccb");
        var pdf = await client.GetAsync("/party/lists/nhan-su-cap-uy.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var text = PdfText.Extract(await pdf.Content.ReadAsByteArrayAsync());
        Assert.Contains("THẨM TRA", text.ToUpperInvariant());
        Assert.Contains("Chỉ còn", text);
        var failing = schedule.First(c => c.Failing > 0);
        Assert.Contains($"{failing.Candidates} người, {failing.Failing} không đạt", text);

        var print = await client.GetStringAsync("/party/lists/lich-dai-hoi/print");
        Assert.Contains($"Đã tổ chức {schedule.Count(c => c.Status == CongressStatus.Held)}/{schedule.Count} đại hội", print);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/party/lists/to-chuc-dang.xlsx")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/party/lists/khong-co.pdf")).StatusCode);

        var unit = await AppClient.SignedInAsync(factory, "canbo.hd");
        Assert.True(AppClient.IsRefused(await unit.GetAsync("/party/lists/nhan-su-cap-uy.pdf")));
        Assert.True(AppClient.IsRefused(await unit.GetAsync("/party/lists/lich-dai-hoi/print")));
    }
}

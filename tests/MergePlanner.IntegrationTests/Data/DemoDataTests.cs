using MergePlanner.TestSupport;
using MergePlanner.Data;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel.Rules;
using MergePlanner.Data.Seeding;
using MergePlanner.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.IntegrationTests.Data;

[Collection(SeededAppCollection.Name)]
public class DemoDataTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task Seed_SecondRun_ChangesNothing()
    {
        var before = await factory.WithDbAsync(Counts);
        var seeded = await factory.WithDbAsync(db => new DemoDataSeeder(db).SeedAsync());
        var after = await factory.WithDbAsync(Counts);
        Assert.False(seeded);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Seed_Target_Has114RealCommunePoliceUnits()
    {
        var communes = await factory.WithDbAsync(db => db.Units
            .Where(u => u.Origin!.Code == "HPM" && (u.Type == UnitType.CommunePolice || u.Type == UnitType.WardPolice || u.Type == UnitType.SpecialZonePolice))
            .Select(u => new { u.Type, u.Name }).ToListAsync());
        Assert.Equal(114, communes.Count);
        Assert.Equal(67, communes.Count(c => c.Type == UnitType.CommunePolice));
        Assert.Equal(45, communes.Count(c => c.Type == UnitType.WardPolice));
        Assert.Equal(2, communes.Count(c => c.Type == UnitType.SpecialZonePolice));
        Assert.Contains(communes, c => c.Name == "Công an đặc khu Bạch Long Vĩ");
        Assert.Contains(communes, c => c.Name == "Công an phường Ái Quốc");
    }

    [Fact]
    public async Task Seed_Sources_KeepAbolishedDistrictPoliceArchived()
    {
        var districts = await factory.WithDbAsync(db => db.Units.Where(u => u.Type == UnitType.DistrictPolice)
            .Select(u => new { Origin = u.Origin!.Code, u.Status, u.ValidTo }).ToListAsync());
        Assert.Equal(15, districts.Count(d => d.Origin == "HPC"));
        Assert.Equal(12, districts.Count(d => d.Origin == "HDG"));
        Assert.All(districts, d => Assert.Equal(UnitStatus.Archived, d.Status));
        Assert.All(districts, d => Assert.Equal(new DateOnly(2025, 2, 28), d.ValidTo));
    }

    [Fact]
    public async Task Seed_Officers_ThousandsWithRanksThatFitAgeAndPosition()
    {
        var rules = PersonnelRuleBook.Default;
        var officers = await factory.WithDbAsync(db => db.Officers.AsNoTracking()
            .Select(o => new { o.OfficerNumber, o.FullName, o.BirthDate, o.Gender, o.Rank, o.Position, Origin = o.Origin!.Code }).ToListAsync());
        Assert.InRange(officers.Count(o => o.Origin == "HPC"), 3000, 5000);
        Assert.InRange(officers.Count(o => o.Origin == "HDG"), 3000, 5000);
        Assert.Equal(officers.Count, officers.Select(o => o.OfficerNumber).Distinct().Count());
        foreach (var o in officers)
        {
            var (min, max) = rules.RankRange(o.Position);
            Assert.InRange(o.Rank, min, max);
            Assert.True(rules.RetirementDate(o.BirthDate, o.Rank, o.Gender) > DemoDataSeeder.EffectiveDate, $"{o.FullName} ({o.Rank}) is past the service age");
            Assert.True(DemoDataSeeder.EffectiveDate.Year - o.BirthDate.Year >= rules.TypicalMinimumAge(o.Rank), $"{o.FullName} is too young for {o.Rank}");
        }

        Assert.Equal(2, officers.Count(o => o.Position == MergePlanner.Data.Personnel.Position.Director));
    }

    [Fact]
    public async Task Seed_Sources_HaveAssetsOfEveryCategoryAndCaseFilesOfEveryKind()
    {
        foreach (var origin in new[] { "HPC", "HDG" })
        {
            var categories = await factory.WithDbAsync(db => db.Assets.Where(a => a.Unit!.Origin!.Code == origin).Select(a => a.Category).Distinct().ToListAsync());
            Assert.Equal(Enum.GetValues<AssetCategory>().Order(), categories.Order());
            var kinds = await factory.WithDbAsync(db => db.CaseFiles.Where(c => c.OwningUnit!.Origin!.Code == origin).Select(c => c.Kind).Distinct().ToListAsync());
            Assert.Equal(Enum.GetValues<CaseFileKind>().Order(), kinds.Order());
        }

        var statusesFit = await factory.WithDbAsync(db => db.CaseFiles.Select(c => new { c.Kind, c.Status }).Distinct().ToListAsync());
        Assert.All(statusesFit, c => Assert.True(CaseFileStatusRules.IsAllowed(c.Kind, c.Status), $"{c.Kind}/{c.Status}"));
    }

    private static async Task<string> Counts(MergePlannerDbContext db) =>
        string.Join(",", await db.Mergers.CountAsync(), await db.Units.CountAsync(), await db.Officers.CountAsync(), await db.Assets.CountAsync(),
            await db.CaseFiles.CountAsync(), await db.MergerTasks.CountAsync(), await db.Users.CountAsync(u => u.Email!.EndsWith("@mergeplanner.local")));
}

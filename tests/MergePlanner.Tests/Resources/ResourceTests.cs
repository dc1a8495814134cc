using System.Xml.Linq;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Planning;

namespace MergePlanner.Tests.Resources;

public class ResourceTests
{
    private static readonly string ResourceFolder = Path.Combine(FindRepositoryRoot(), "src", "MergePlanner.Web", "Resources");

    private static HashSet<string> Keys(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

    [Fact]
    public void EnglishResources_HaveEveryVietnameseKey()
    {
        var missing = Keys("SharedResource.resx").Except(Keys("SharedResource.en.resx")).ToList();
        Assert.True(missing.Count == 0, "Missing in English: " + string.Join(", ", missing));
    }

    [Fact]
    public void Resources_LabelEveryEnumValueShownInTheUi()
    {
        var keys = Keys("SharedResource.resx");
        var enums = new[]
        {
            typeof(UnitType), typeof(UnitStatus), typeof(MergerStatus), typeof(Rank), typeof(Position), typeof(Gender),
            typeof(AssetCategory), typeof(AssetStatus), typeof(CaseFileKind), typeof(CaseFileStatus), typeof(Workstream), typeof(MergerTaskStatus),
            typeof(LineageKind), typeof(LineagePortion), typeof(LineageReviewReason), typeof(MergePlanner.Data.Organisation.Lineage.MappingOutcome),
            typeof(PositionGroup), typeof(MergePlanner.Data.Organisation.Staffing.StaffingIssueKind),
            typeof(SecrecyLevel), typeof(ProjectStatus), typeof(DossierType), typeof(MergePlanner.Data.Inventory.Campaigns.CampaignStatus),
            typeof(MergePlanner.Data.Inventory.Handover.DispositionOutcome), typeof(MergePlanner.Data.Inventory.Handover.HandoverStatus),
            typeof(MergePlanner.Data.Inventory.Handover.ReceiptStatus), typeof(MergePlanner.Data.Inventory.Handover.CustodyAction),
            typeof(MergePlanner.Data.Inventory.Reconciliation.ItemState), typeof(MergePlanner.Web.Features.Inventory.LineState),
            typeof(EducationLevel), typeof(ProfessionalLine), typeof(PoliticalTheory), typeof(DisciplineKind), typeof(AnnualRatingLevel),
            typeof(MergePlanner.Data.Personnel.Eligibility.RuleOutcome), typeof(MergePlanner.Data.Personnel.Eligibility.EligibilityRule),
            typeof(MergePlanner.Data.Personnel.Posts.PostStatus),
        };
        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"{e.Name}.{n}")).Concat(Roles.All.Select(r => $"Role.{r}"))
            .Concat(MergePlanner.Data.Personnel.Rules.PersonnelRuleBook.Default.Tiers.Select(t => $"PostTier.{t.Tier}"))
            .Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "No label for: " + string.Join(", ", missing));
    }

    [Fact]
    public void EligibilityReasons_HaveATextInBothLanguages()
    {
        // Every reason key the engine gives ("ServiceLeft.Enough"…) is worded by the resource "Eligibility.{key}".
        var source = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "src", "MergePlanner.Data", "Personnel", "Eligibility", "EligibilityEngine.cs"));
        var reasons = System.Text.RegularExpressions.Regex.Matches(source, "\"([A-Z][A-Za-z]+\\.[A-Z][A-Za-z]+)\"").Select(m => "Eligibility." + m.Groups[1].Value).Distinct().ToList();
        Assert.True(reasons.Count >= 30, $"only {reasons.Count} reason keys found");
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            var missing = reasons.Except(Keys(file)).ToList();
            Assert.True(missing.Count == 0, $"{file} lacks: " + string.Join(", ", missing));
        }
    }

    [Fact]
    public void SupportReasons_HaveATextInBothLanguages()
    {
        var source = File.ReadAllText(Path.Combine(FindRepositoryRoot(), "src", "MergePlanner.Data", "Personnel", "Support", "SupportPolicies.cs"));
        var reasons = System.Text.RegularExpressions.Regex.Matches(source, "\"(Support\\.[A-Z][A-Za-z]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(reasons.Count >= 9, $"only {reasons.Count} reason keys found");
        foreach (var file in new[] { "SharedResource.resx", "SharedResource.en.resx" })
        {
            Assert.Empty(reasons.Except(Keys(file)));
        }
    }

    [Fact]
    public void Pages_UseOnlyKeysThatExist()
    {
        var keys = Keys("SharedResource.resx");
        var webRoot = Path.Combine(FindRepositoryRoot(), "src", "MergePlanner.Web");
        var used = Directory.EnumerateFiles(webRoot, "*.razor", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(webRoot, "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "L\\[\"([A-Za-z.]+)\"\\]").Select(m => m.Groups[1].Value))
            .Distinct();
        var missing = used.Where(k => !keys.Contains(k)).ToList();
        Assert.True(missing.Count == 0, "Used but not defined: " + string.Join(", ", missing));
    }

    internal static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "MergePlanner.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("MergePlanner.sln not found above the test output.");
    }
}

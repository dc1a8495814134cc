using System.Net;
using MergePlanner.IntegrationTests.Infrastructure;
using MergePlanner.TestSupport;
using MergePlanner.Web.Features.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MergePlanner.IntegrationTests.Security;

/// <summary>An officer's page opens from the list for the people whose scope holds the officer; the service refuses
/// everyone else itself, and the page shows no sensitive field to anyone.</summary>
[Collection(SeededAppCollection.Name)]
public class OfficerPageTests(MergePlannerFactory factory)
{
    [Fact]
    public async Task Details_OwnOfficerShown_ForeignRefusedByTheService_MissingNotFound()
    {
        var (own, foreign) = await factory.WithDbAsync(async db => (
            await db.Officers.Where(o => o.Unit!.Code == "HDG.PH10").OrderBy(o => o.Id).Select(o => new { o.Id, o.FullName, o.OfficerNumber }).FirstAsync(),
            await db.Officers.Where(o => o.Unit!.Code.StartsWith("HPC.") && (o.PlacedUnitId == null || !o.PlacedUnit!.Code.StartsWith("HDG."))).OrderBy(o => o.Id).Select(o => new { o.Id, o.FullName, o.OfficerNumber }).FirstAsync()));

        var shown = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<OfficerDetails>().GetAsync(own.Id));
        Assert.Equal(OfficerAccess.Shown, shown.Access);
        Assert.Equal(own.OfficerNumber, shown.Detail!.OfficerNumber);
        Assert.True(shown.Detail.RetirementDate > shown.Detail.BirthDate.AddYears(40));
        Assert.InRange(shown.Detail.Age, 18, 65);

        var refused = await ServiceCaller.AsAsync(factory, "canbo.hd", s => s.GetRequiredService<OfficerDetails>().GetAsync(foreign.Id));
        Assert.Equal(OfficerAccess.Refused, refused.Access);
        Assert.Null(refused.Detail);
        Assert.Equal(OfficerAccess.Shown, (await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<OfficerDetails>().GetAsync(foreign.Id))).Access);
        Assert.Equal(OfficerAccess.NotFound, (await ServiceCaller.AsAsync(factory, "lanhdao", s => s.GetRequiredService<OfficerDetails>().GetAsync(int.MaxValue))).Access);

        var staff = await AppClient.SignedInAsync(factory, "canbo.hd");
        var page = await staff.GetStringAsync($"/officers/{own.Id}");
        Assert.Contains(own.FullName, page, StringComparison.Ordinal);
        Assert.Contains("Ngày đủ hạn tuổi phục vụ", page, StringComparison.Ordinal);
        var outsider = await staff.GetAsync($"/officers/{foreign.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.DoesNotContain(foreign.FullName, await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/officers/999999")).StatusCode);
    }

    [Theory]
    [InlineData("2000-06-15", "2025-06-14", 24)]
    [InlineData("2000-06-15", "2025-06-15", 25)]
    [InlineData("2000-02-29", "2025-02-27", 24)]
    [InlineData("2000-02-29", "2025-02-28", 25)]
    public void AgeOn_CountsFullYears(string birth, string day, int age) =>
        Assert.Equal(age, OfficerDetails.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}

using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The lines of a campaign as its results report (PDF, XLSX, print view) presents them.</summary>
public sealed record CampaignReportData(string Name, DateTime Cutoff, string Unit, string ParentAgency, bool Allowed, IReadOnlyList<InventoryReports.CampaignLine> Lines)
{
    public static async Task<CampaignReportData?> LoadAsync(MergePlannerDbContext db, UnitScopeService scopes, int id)
    {
        var campaign = await db.InventoryCampaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.UnitId, c.Name, c.CutoffAt, Unit = c.Unit!.Name, Origin = c.Unit.Origin!.Name }).SingleOrDefaultAsync();
        if (campaign is null)
        {
            return null;
        }

        if (!(await scopes.GetAsync()).Includes(campaign.UnitId))
        {
            return new CampaignReportData(campaign.Name, campaign.CutoffAt, campaign.Unit, campaign.Origin, false, []);
        }

        var lines = await db.InventoryLines.AsNoTracking().Where(l => l.CampaignId == id).OrderBy(l => l.Id).Select(l => new InventoryReports.CampaignLine(
            l.AssetId != null ? l.Asset!.Code : l.CaseFile!.Number,
            l.AssetId != null ? l.Asset!.Name : l.CaseFile!.Title,
            l.AssetId != null ? "AssetCategory." + l.Asset!.Category.ToString() : "CaseFileKind." + l.CaseFile!.Kind.ToString(),
            l.AssetId != null ? l.Asset!.UnitOfMeasure : "hồ sơ", l.BookQuantity, l.CountedQuantity,
            l.AssetId != null ? l.Asset!.RemainingValue : 0m, l.Note)).ToListAsync();
        return new CampaignReportData(campaign.Name, campaign.CutoffAt, campaign.Unit, campaign.Origin == campaign.Unit ? "Bộ Công an" : campaign.Origin, true, lines);
    }
}

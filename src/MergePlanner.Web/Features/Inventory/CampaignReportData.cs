using MergePlanner.Data;
using MergePlanner.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Web.Features.Inventory;

/// <summary>The lines of a campaign as its results report (PDF, XLSX, print view) presents them.</summary>
public sealed record CampaignReportData(string Name, DateTime Cutoff, string Unit, string ParentAgency, bool Allowed, IReadOnlyList<InventoryReports.CampaignLine> Lines)
{
    public int UnitId { get; init; }

    /// <summary>The police force (root unit) the campaign's unit belongs to: where the report is issued.</summary>
    public string Force { get; init; } = ParentAgency;

    public bool UnitIsForce { get; init; }

    /// <summary>Still open: the report is a draft of figures that are still moving.</summary>
    public bool Counting { get; init; }

    public static async Task<CampaignReportData?> LoadAsync(MergePlannerDbContext db, UnitScopeService scopes, int id)
    {
        var campaign = await db.InventoryCampaigns.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new { c.UnitId, c.Name, c.CutoffAt, c.Status, Unit = c.Unit!.Name, Origin = c.Unit.Origin!.Name, IsRoot = c.Unit.ParentId == null }).SingleOrDefaultAsync();
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
            l.AssetId != null ? l.Asset!.UnitOfMeasure : Data.Inventory.Reconciliation.LedgerItem.CaseFileUnit, l.BookQuantity, l.CountedQuantity,
            l.AssetId != null ? l.Asset!.RemainingValue : 0m, l.Note)).ToListAsync();
        return new CampaignReportData(campaign.Name, campaign.CutoffAt, campaign.Unit, campaign.IsRoot ? "Bộ Công an" : campaign.Origin, true, lines)
        {
            UnitId = campaign.UnitId,
            Force = campaign.Origin,
            UnitIsForce = campaign.IsRoot,
            Counting = campaign.Status == Data.Inventory.Campaigns.CampaignStatus.Open,
        };
    }
}

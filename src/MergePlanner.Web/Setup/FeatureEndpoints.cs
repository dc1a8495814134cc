using MergePlanner.Web.Components.Account;
using MergePlanner.Web.Features.Admin;
using MergePlanner.Web.Features.Inventory;
using MergePlanner.Web.Features.Mergers;
using MergePlanner.Web.Features.Organisation;
using MergePlanner.Web.Features.Personnel;
using MergePlanner.Web.Features.Party;
using MergePlanner.Web.Features.Planning;
using MergePlanner.Web.Features.Reports;
using MergePlanner.Web.Features.Structure;

namespace MergePlanner.Web.Setup;

public static class FeatureEndpoints
{
    public static IServiceCollection AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<MergerContext>();
        services.AddScoped<Features.Dashboard.DashboardQuery>();
        services.AddScoped<Features.Mergers.MergerDirectory>();
        services.AddScoped<Features.Mergers.MergerSetupService>();
        services.AddScoped<Features.Mergers.MergerLifeService>();
        services.AddScoped<MergerSummaryReport>();
        services.AddScoped<UnitListReport>();
        services.AddScoped<Features.Structure.StructureSnapshot>();
        services.AddScoped<Data.Organisation.Lineage.CommuneMappingLoader>();
        services.AddScoped<Features.Structure.StructureWriter>();
        services.AddScoped<Features.Structure.CommuneListService>();
        services.AddScoped<Features.Structure.StructureTransfer>();
        services.AddScoped<Features.Structure.StructureReport>();
        services.AddScoped<Features.Structure.StructureView>();
        services.AddScoped<Features.Organisation.UnitFigures>();
        services.AddScoped<Features.Organisation.UnitHoldings>();
        services.AddScoped<Features.Dashboard.DashboardRollup>();
        services.AddScoped<Features.Dashboard.DashboardLoader>();
        services.AddSingleton<Features.Dashboard.DashboardCache>();
        services.AddSingleton<Features.Organisation.UnitHoldings.SharedCache>();
        services.AddSingleton<Features.Inventory.LedgerSumsCache>();
        services.AddScoped<Features.Inventory.LedgerQuery>();
        services.AddScoped<Features.Inventory.AssetListQuery>();
        services.AddScoped<Features.Cases.CaseFileListQuery>();
        services.AddScoped<Features.Personnel.OfficerListQuery>();
        services.AddScoped<Features.Organisation.UnitListQuery>();
        services.AddScoped<Features.Planning.TaskListQuery>();
        services.AddScoped<Features.Inventory.HandoverListQuery>();
        services.AddScoped<Features.Inventory.LedgerItemsQuery>();
        services.AddScoped<Features.Structure.StaffingListQuery>();
        services.AddScoped<Features.Structure.LineageListQuery>();
        services.AddScoped<Features.Personnel.OfficerDetails>();
        services.AddScoped<Features.Personnel.OfficerRecordService>();
        services.AddScoped<Features.Personnel.OfficerTransfer>();
        services.AddScoped<Features.Personnel.PostService>();
        services.AddScoped<Features.Personnel.SelectionService>();
        services.AddScoped<Features.Personnel.PlacementService>();
        services.AddScoped<Features.Personnel.PersonnelLists>();
        services.AddScoped<Features.Personnel.StreamliningService>();
        services.AddScoped<Features.Personnel.BalanceService>();
        services.AddScoped<Features.Personnel.SupportService>();
        services.AddScoped<Features.Inventory.CampaignLinesQuery>();
        services.AddSingleton<Features.Inventory.LedgerItemsCache>();
        services.AddScoped<Features.Inventory.InventoryService>();
        services.AddScoped<Features.Inventory.InventoryReports>();
        services.AddScoped<Reporting.Signatories>();
        services.AddScoped<Features.Inventory.AssetImport>();
        services.AddScoped<Features.Inventory.CaseFileImport>();
        services.AddScoped<Features.Inventory.RegisterImports>();
        services.AddSingleton<Features.Inventory.ImportRuns>();
        services.AddScoped<Features.Planning.TaskService>();
        services.AddScoped<Features.Planning.InboxService>();
        services.AddScoped<Features.Planning.TaskDetails>();
        services.AddScoped<Features.Planning.RoadmapQuery>();
        services.AddScoped<Features.Planning.PlanDocuments>();
        services.AddScoped<Features.Planning.TargetService>();
        services.AddScoped<Features.Planning.PlaybookService>();
        services.AddScoped<Features.Party.PartyService>();
        services.AddScoped<Features.Party.PartyDocuments>();
        services.AddScoped<Features.Admin.AccountService>();
        services.AddScoped<Features.Admin.AuditTrail>();
        services.AddScoped<Features.Structure.ReviewService>();
        services.AddScoped<Features.Structure.StaffingService>();
        return services;
    }

    /// <summary>One Map call per feature; pages map themselves through MapRazorComponents.</summary>
    public static WebApplication MapFeatureEndpoints(this WebApplication app)
    {
        var root = app.MapGroup(string.Empty).AddEndpointFilter<AntiforgeryValidationFilter>();
        root.MapAccountEndpoints();
        root.MapReportEndpoints();
        root.MapOrganisationEndpoints();
        root.MapStructureEndpoints();
        root.MapInventoryEndpoints();
        root.MapPersonnelEndpoints();
        root.MapMergerEndpoints();
        root.MapPlanningEndpoints();
        root.MapPartyEndpoints();
        root.MapAdminEndpoints();
        return app;
    }
}

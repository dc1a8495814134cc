using MergePlanner.Data.Auditing;
using MergePlanner.Data.Cases;
using MergePlanner.Data.Identity;
using MergePlanner.Data.Inventory;
using MergePlanner.Data.Organisation;
using MergePlanner.Data.Personnel;
using MergePlanner.Data.Planning;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MergePlanner.Data;

public class MergePlannerDbContext(DbContextOptions<MergePlannerDbContext> options, IAuditActor? actor = null)
    : IdentityDbContext<AppUser>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    private readonly IAuditActor _actor = actor ?? new SystemAuditActor();

    public DbSet<Merger> Mergers => Set<Merger>();

    public DbSet<MergerSource> MergerSources => Set<MergerSource>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitLineage> UnitLineages => Set<UnitLineage>();

    public DbSet<LineageReviewItem> LineageReviewItems => Set<LineageReviewItem>();

    public DbSet<StaffingQuota> StaffingQuotas => Set<StaffingQuota>();

    public DbSet<Officer> Officers => Set<Officer>();

    public DbSet<Asset> Assets => Set<Asset>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    /// <summary>Sign-in and form-token keys, shared by every web node on this database.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys => Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<CaseFile> CaseFiles => Set<CaseFile>();

    public DbSet<Inventory.Campaigns.InventoryCampaign> InventoryCampaigns => Set<Inventory.Campaigns.InventoryCampaign>();

    public DbSet<Inventory.Campaigns.InventoryLine> InventoryLines => Set<Inventory.Campaigns.InventoryLine>();

    public DbSet<Inventory.Campaigns.LineEvidence> LineEvidence => Set<Inventory.Campaigns.LineEvidence>();

    public DbSet<Inventory.Handover.ItemDisposition> ItemDispositions => Set<Inventory.Handover.ItemDisposition>();

    public DbSet<Inventory.Handover.HandoverBatch> HandoverBatches => Set<Inventory.Handover.HandoverBatch>();

    public DbSet<Inventory.Handover.HandoverLine> HandoverLines => Set<Inventory.Handover.HandoverLine>();

    public DbSet<Inventory.Handover.CustodyEvent> CustodyEvents => Set<Inventory.Handover.CustodyEvent>();

    public DbSet<MergerTask> MergerTasks => Set<MergerTask>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Bulk seeding of demo data turns the audit trail off; every user change keeps it.</summary>
    public bool AuditEnabled { get; set; } = true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MergePlannerDbContext).Assembly);

        // Codes compare case-insensitively on every provider (ADR 0012): SQL Server's default collation already does;
        // SQLite compares bytes unless told, so "hdg-vk-001" would have become a second item beside "HDG-VK-001".
        if (Database.ProviderName == SqliteProvider)
        {
            builder.Entity<Asset>().Property(a => a.Code).UseCollation("NOCASE");
            builder.Entity<Cases.CaseFile>().Property(c => c.Number).UseCollation("NOCASE");
            builder.Entity<Organisation.Unit>().Property(u => u.Code).UseCollation("NOCASE");
            builder.Entity<Personnel.Officer>().Property(o => o.OfficerNumber).UseCollation("NOCASE");
            builder.Entity<Inventory.Handover.HandoverBatch>().Property(b => b.Number).UseCollation("NOCASE");
        }
    }

    private const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        // The model differs by provider (collations above): one cached model per provider, not per context type.
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, ProviderModelCacheKeyFactory>();
    }

    private sealed class ProviderModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => (context.GetType(), context.Database.ProviderName, designTime);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as strings: readable in the database and safe against reordering the enum.
        foreach (var enumType in typeof(MergePlannerDbContext).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic))
        {
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(48);
        }

        configurationBuilder.Properties<decimal>().HavePrecision(19, 2);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var tracking = new ChangeTracking(this, _actor).Prepare();
        if (!tracking.HasInsertsToAudit)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }

        // Inserted rows get their keys only from the insert: the audit rows follow in a second
        // statement batch, inside one transaction so a failure leaves neither.
        using var transaction = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        tracking.Complete();
        base.SaveChanges(acceptAllChangesOnSuccess);
        transaction?.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var tracking = new ChangeTracking(this, _actor).Prepare();
        if (!tracking.HasInsertsToAudit)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        tracking.Complete();
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}

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

/// <summary>The database. Every query of merger-owned rows is confined to one merger — the person's (the web app passes
/// an <see cref="IMergerSelection"/>) or the one given to <see cref="ConfineTo"/> — and every save checks it. A context
/// working for no merger (start-up, tools; <see cref="Unconfined"/>) sees no merger-owned row unless a query says
/// <c>IgnoreQueryFilters()</c> on purpose, and can save only rows that name their merger.</summary>
public class MergePlannerDbContext(DbContextOptions<MergePlannerDbContext> options, IAuditActor? actor = null, Common.IMergerSelection? selection = null)
    : IdentityDbContext<AppUser>(options), Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    private readonly IAuditActor _actor = actor ?? new SystemAuditActor();
    private int? _confinedTo;
    private bool _unconfined;

    /// <summary>The merger this context works in, or null when it works in none (<see cref="Unconfined"/>, or made
    /// without a selection). Read on each query (so a circuit's user, set after the context was made, counts) and by
    /// the save check.</summary>
    public int? CurrentMergerId => _unconfined ? null : _confinedTo ?? selection?.MergerId;

    /// <summary>What the query filters compare MergerId with: a plain "MergerId = @id", which every list and total
    /// turns into an index seek (an "@all OR MergerId = @id" form made SQLite scan all 2,000,000 items:
    /// docs/performance.md). 0 matches no row.</summary>
    private int MergerFilter => CurrentMergerId ?? 0;

    /// <summary>From now on this context works in one merger only, whoever the person is: a background job takes the
    /// merger of the work it runs, the seeder and the set-up wizard the merger they fill.</summary>
    public MergePlannerDbContext ConfineTo(int mergerId)
    {
        _confinedTo = mergerId;
        _unconfined = false;
        return this;
    }

    /// <summary>Works for no merger: start-up and record keeping by id. Its queries of merger-owned rows must say
    /// <c>IgnoreQueryFilters()</c>; the caller checks the person may.</summary>
    public MergePlannerDbContext Unconfined()
    {
        _unconfined = true;
        return this;
    }

    public DbSet<Merger> Mergers => Set<Merger>();

    public DbSet<MergerSource> MergerSources => Set<MergerSource>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitLineage> UnitLineages => Set<UnitLineage>();

    public DbSet<LineageReviewItem> LineageReviewItems => Set<LineageReviewItem>();

    public DbSet<StaffingQuota> StaffingQuotas => Set<StaffingQuota>();

    public DbSet<Officer> Officers => Set<Officer>();

    /// <summary>Sensitive (discipline, ratings, votes): read only through the personnel services, which check the role.</summary>
    public DbSet<DisciplineRecord> DisciplineRecords => Set<DisciplineRecord>();

    public DbSet<AnnualRating> AnnualRatings => Set<AnnualRating>();

    public DbSet<ConfidenceVote> ConfidenceVotes => Set<ConfidenceVote>();

    /// <summary>Leadership posts of the new structure.</summary>
    public DbSet<Personnel.Posts.Post> Posts => Set<Personnel.Posts.Post>();

    public DbSet<Personnel.Posts.Nomination> Nominations => Set<Personnel.Posts.Nomination>();

    public DbSet<Personnel.Posts.AppointmentListLock> AppointmentListLocks => Set<Personnel.Posts.AppointmentListLock>();

    /// <summary>Placement history: every step of every officer into the new structure (append-only).</summary>
    public DbSet<Personnel.Placement.PlacementRecord> PlacementRecords => Set<Personnel.Placement.PlacementRecord>();

    /// <summary>Streamlining decisions: early retirement, resignation, transfer out.</summary>
    public DbSet<Personnel.Streamlining.StreamliningCase> StreamliningCases => Set<Personnel.Streamlining.StreamliningCase>();

    public DbSet<Personnel.Support.SupportAttendance> SupportAttendances => Set<Personnel.Support.SupportAttendance>();

    public DbSet<Personnel.Support.SupportApproval> SupportApprovals => Set<Personnel.Support.SupportApproval>();

    public DbSet<Personnel.Support.SupportReturn> SupportReturns => Set<Personnel.Support.SupportReturn>();

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

    public DbSet<TaskDependency> TaskDependencies => Set<TaskDependency>();

    public DbSet<TaskComment> TaskComments => Set<TaskComment>();

    public DbSet<TaskEvidence> TaskEvidence => Set<TaskEvidence>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<TargetSeries> TargetSeries => Set<TargetSeries>();

    public DbSet<PlaybookTask> PlaybookTasks => Set<PlaybookTask>();

    public DbSet<TargetPoint> TargetPoints => Set<TargetPoint>();

    public DbSet<Party.PartyOrganisation> PartyOrganisations => Set<Party.PartyOrganisation>();

    public DbSet<Party.PartyCongress> PartyCongresses => Set<Party.PartyCongress>();

    public DbSet<Party.CommitteeCandidate> CommitteeCandidates => Set<Party.CommitteeCandidate>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Bulk seeding of demo data turns the audit trail off; every user change keeps it.</summary>
    public bool AuditEnabled { get; set; } = true;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(MergePlannerDbContext).Assembly);
        ConfineToMerger(builder);

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

    private void ConfineToMerger(ModelBuilder builder)
    {
        builder.Entity<Merger>().HasQueryFilter(m => m.Id == MergerFilter);
        builder.Entity<MergerSource>().HasQueryFilter(s => s.MergerId == MergerFilter);
        foreach (var type in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(Common.IMergerOwned))).ToList())
        {
            typeof(MergePlannerDbContext).GetMethod(nameof(ConfineOwned), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
                .MakeGenericMethod(type.ClrType).Invoke(this, [builder]);
        }
    }

    private void ConfineOwned<T>(ModelBuilder builder)
        where T : class, Common.IMergerOwned
    {
        builder.Entity<T>().HasQueryFilter(e => e.MergerId == MergerFilter);
        if (typeof(T).GetProperty(nameof(LineageReviewItem.Merger)) is null)
        {
            // The foreign key's index comes by convention, unless a unique code index already leads with MergerId.
            builder.Entity<T>().HasOne<Merger>().WithMany().HasForeignKey(e => e.MergerId).OnDelete(DeleteBehavior.Restrict);
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

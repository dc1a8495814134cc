using MergePlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MergePlanner.Migrations.Sqlite;

/// <summary>Lets `dotnet ef` build the context for this provider without starting the web app.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MergePlannerDbContext>
{
    public MergePlannerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MergePlannerDbContext>()
            .UseSqlite("Data Source=design-time.db", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}

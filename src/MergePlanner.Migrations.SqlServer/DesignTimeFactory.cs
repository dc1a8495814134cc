using MergePlanner.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MergePlanner.Migrations.SqlServer;

/// <summary>Lets `dotnet ef` build the context for this provider without a server: generating migrations
/// and scripts never connects.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MergePlannerDbContext>
{
    public MergePlannerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MergePlannerDbContext>()
            .UseSqlServer("Server=localhost;Database=MergePlanner;Integrated Security=false;TrustServerCertificate=true", o => o.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}

using MergePlanner.Data;
using MergePlanner.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MergePlanner.IntegrationTests.Platform;

/// <summary>One migrations project per provider: each must be up to date with the model, and the SQL Server
/// script must generate (no server needed) so the docker-compose deployment is known to migrate.</summary>
public class MigrationTests
{
    private static MergePlannerDbContext Context(string provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<MergePlannerDbContext>();
        DatabaseSetup.UseProvider(options, provider, connectionString);
        return new MergePlannerDbContext(options.Options);
    }

    [Theory]
    [InlineData(DatabaseOptions.Sqlite, "Data Source=:memory:")]
    [InlineData(DatabaseOptions.SqlServer, "Server=localhost;Database=MergePlanner;User Id=sa;Password=unused;TrustServerCertificate=true")]
    public void Model_EachProvider_HasNoPendingChanges(string provider, string connectionString)
    {
        using var db = Context(provider, connectionString);
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: run eng/add-migration.sh");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServer_IdempotentScript_Generates()
    {
        using var db = Context(DatabaseOptions.SqlServer, "Server=localhost;Database=MergePlanner;User Id=sa;Password=unused;TrustServerCertificate=true");
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Units]", script, StringComparison.Ordinal);
        Assert.Contains("IF NOT EXISTS", script, StringComparison.Ordinal);
        Assert.Contains("nvarchar(48)", script, StringComparison.Ordinal);

        // Kept as a CI artifact: the script a DBA would review before the first SQL Server deployment.
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sqlserver-idempotent.sql"), script);
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MergerOwnershipData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every row so far belongs to the one merger an installation held before this migration; a person other than an
            // administrator was bound to it as well (administrators are national and switch between mergers).
            migrationBuilder.Sql("UPDATE \"Units\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"UnitLineages\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"StaffingQuotas\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"Officers\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"Assets\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"CaseFiles\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"ImportRuns\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"InventoryLines\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"LineEvidence\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"ItemDispositions\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"HandoverBatches\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"HandoverLines\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"CustodyEvents\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"MergerId\" = 0");
            migrationBuilder.Sql("UPDATE \"AspNetUsers\" SET \"MergerId\" = (SELECT MIN(\"Id\") FROM \"Mergers\") WHERE \"Id\" NOT IN (SELECT ur.\"UserId\" FROM \"AspNetUserRoles\" ur JOIN \"AspNetRoles\" r ON r.\"Id\" = ur.\"RoleId\" WHERE r.\"Name\" = 'Admin')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class HoldingsIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Officers_MergerId_UnitId_OriginId_Position_PlacedUnitId_PlacedPosition",
                table: "Officers",
                columns: new[] { "MergerId", "UnitId", "OriginId", "Position", "PlacedUnitId", "PlacedPosition" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_MergerId_OwningUnitId_Kind_Status",
                table: "CaseFiles",
                columns: new[] { "MergerId", "OwningUnitId", "Kind", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Assets_MergerId_UnitId_RemainingValue",
                table: "Assets",
                columns: new[] { "MergerId", "UnitId", "RemainingValue" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Officers_MergerId_UnitId_OriginId_Position_PlacedUnitId_PlacedPosition",
                table: "Officers");

            migrationBuilder.DropIndex(
                name: "IX_CaseFiles_MergerId_OwningUnitId_Kind_Status",
                table: "CaseFiles");

            migrationBuilder.DropIndex(
                name: "IX_Assets_MergerId_UnitId_RemainingValue",
                table: "Assets");
        }
    }
}

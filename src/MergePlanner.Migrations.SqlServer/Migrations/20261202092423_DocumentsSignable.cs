using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DocumentsSignable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assets_MergerId_UnitId_Category_Quantity",
                table: "Assets");

            migrationBuilder.AddColumn<string>(
                name: "HandedOverByTitle",
                table: "HandoverBatches",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReceivedByTitle",
                table: "HandoverBatches",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WitnessTitle",
                table: "HandoverBatches",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assets_MergerId_UnitId_Category_UnitOfMeasure_Quantity",
                table: "Assets",
                columns: new[] { "MergerId", "UnitId", "Category", "UnitOfMeasure", "Quantity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Assets_MergerId_UnitId_Category_UnitOfMeasure_Quantity",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "HandedOverByTitle",
                table: "HandoverBatches");

            migrationBuilder.DropColumn(
                name: "ReceivedByTitle",
                table: "HandoverBatches");

            migrationBuilder.DropColumn(
                name: "WitnessTitle",
                table: "HandoverBatches");

            migrationBuilder.CreateIndex(
                name: "IX_Assets_MergerId_UnitId_Category_Quantity",
                table: "Assets",
                columns: new[] { "MergerId", "UnitId", "Category", "Quantity" });
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TargetSeries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TargetSeries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    CountedIn = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Total = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetSeries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetSeries_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TargetPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    SeriesId = table.Column<int>(type: "int", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Target = table.Column<int>(type: "int", nullable: false),
                    Actual = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TargetPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TargetPoints_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TargetPoints_TargetSeries_SeriesId",
                        column: x => x.SeriesId,
                        principalTable: "TargetSeries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TargetPoints_MergerId_SeriesId_PeriodEnd",
                table: "TargetPoints",
                columns: new[] { "MergerId", "SeriesId", "PeriodEnd" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TargetPoints_SeriesId",
                table: "TargetPoints",
                column: "SeriesId");

            migrationBuilder.CreateIndex(
                name: "IX_TargetSeries_MergerId",
                table: "TargetSeries",
                column: "MergerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TargetPoints");

            migrationBuilder.DropTable(
                name: "TargetSeries");
        }
    }
}

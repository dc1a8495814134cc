using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountedIn = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    SeriesId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Target = table.Column<int>(type: "INTEGER", nullable: false),
                    Actual = table.Column<int>(type: "INTEGER", nullable: true)
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

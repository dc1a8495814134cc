using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class WelfareAndSupportReturns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NeedsHousing",
                table: "SupportAttendances",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsMeals",
                table: "SupportAttendances",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsTransport",
                table: "SupportAttendances",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Capacity",
                table: "Assets",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Facility",
                table: "Assets",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SupportReturns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: false),
                    ReturnedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReturnedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportReturns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportReturns_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportReturns_MergerId_PolicyCode_Year_Month",
                table: "SupportReturns",
                columns: new[] { "MergerId", "PolicyCode", "Year", "Month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportReturns");

            migrationBuilder.DropColumn(
                name: "NeedsHousing",
                table: "SupportAttendances");

            migrationBuilder.DropColumn(
                name: "NeedsMeals",
                table: "SupportAttendances");

            migrationBuilder.DropColumn(
                name: "NeedsTransport",
                table: "SupportAttendances");

            migrationBuilder.DropColumn(
                name: "Capacity",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Facility",
                table: "Assets");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficerRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "CommuteKm",
                table: "Officers",
                type: "TEXT",
                precision: 9,
                scale: 1,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "Officers",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HealthClass",
                table: "Officers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HomeLocality",
                table: "Officers",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Line",
                table: "Officers",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PartyJoinedOn",
                table: "Officers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PlannedFor",
                table: "Officers",
                type: "TEXT",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "PoliceTrained",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PoliticalTheory",
                table: "Officers",
                type: "TEXT",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PostSince",
                table: "Officers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AnnualRatings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnualRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnnualRatings_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AnnualRatings_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConfidenceVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Voters = table.Column<int>(type: "INTEGER", nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConfidenceVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConfidenceVotes_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConfidenceVotes_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DisciplineRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    DecisionNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    AnnulledReason = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DisciplineRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DisciplineRecords_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnnualRatings_MergerId_OfficerId_Year",
                table: "AnnualRatings",
                columns: new[] { "MergerId", "OfficerId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnualRatings_OfficerId",
                table: "AnnualRatings",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_ConfidenceVotes_MergerId_OfficerId",
                table: "ConfidenceVotes",
                columns: new[] { "MergerId", "OfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_ConfidenceVotes_OfficerId",
                table: "ConfidenceVotes",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_MergerId_OfficerId",
                table: "DisciplineRecords",
                columns: new[] { "MergerId", "OfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_DisciplineRecords_OfficerId",
                table: "DisciplineRecords",
                column: "OfficerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnnualRatings");

            migrationBuilder.DropTable(
                name: "ConfidenceVotes");

            migrationBuilder.DropTable(
                name: "DisciplineRecords");

            migrationBuilder.DropColumn(
                name: "CommuteKm",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "Education",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "HealthClass",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "HomeLocality",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "Line",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PartyJoinedOn",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PlannedFor",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PoliceTrained",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PoliticalTheory",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PostSince",
                table: "Officers");
        }
    }
}

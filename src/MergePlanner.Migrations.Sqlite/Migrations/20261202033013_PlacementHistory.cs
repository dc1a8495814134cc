using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PlacementHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlacementRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    FromUnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    FromPosition = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    ToUnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToPosition = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    CapsOverridden = table.Column<string>(type: "TEXT", maxLength: 2048, nullable: true),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlacementRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlacementRecords_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlacementRecords_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlacementRecords_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlacementRecords_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRecords_FromUnitId",
                table: "PlacementRecords",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRecords_MergerId_AtUtc",
                table: "PlacementRecords",
                columns: new[] { "MergerId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRecords_MergerId_OfficerId",
                table: "PlacementRecords",
                columns: new[] { "MergerId", "OfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRecords_OfficerId",
                table: "PlacementRecords",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_PlacementRecords_ToUnitId",
                table: "PlacementRecords",
                column: "ToUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlacementRecords");
        }
    }
}

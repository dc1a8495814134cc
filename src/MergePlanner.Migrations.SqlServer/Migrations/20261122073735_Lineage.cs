using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Lineage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PlacedPosition",
                table: "Officers",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PlacedUnitId",
                table: "Officers",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "LineageReviewItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    TargetUnitId = table.Column<int>(type: "int", nullable: true),
                    SourceText = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    Resolved = table.Column<bool>(type: "bit", nullable: false),
                    ResolvedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineageReviewItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineageReviewItems_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LineageReviewItems_Units_TargetUnitId",
                        column: x => x.TargetUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffingQuotas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Group = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Authorised = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffingQuotas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffingQuotas_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitLineages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FromUnitId = table.Column<int>(type: "int", nullable: false),
                    ToUnitId = table.Column<int>(type: "int", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Portion = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    SharePercent = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(512)", maxLength: 512, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitLineages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitLineages_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitLineages_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Officers_PlacedUnitId",
                table: "Officers",
                column: "PlacedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LineageReviewItems_MergerId_Resolved",
                table: "LineageReviewItems",
                columns: new[] { "MergerId", "Resolved" });

            migrationBuilder.CreateIndex(
                name: "IX_LineageReviewItems_TargetUnitId",
                table: "LineageReviewItems",
                column: "TargetUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingQuotas_UnitId_Group",
                table: "StaffingQuotas",
                columns: new[] { "UnitId", "Group" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineages_FromUnitId_ToUnitId_Kind",
                table: "UnitLineages",
                columns: new[] { "FromUnitId", "ToUnitId", "Kind" },
                unique: true,
                filter: "[ToUnitId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineages_ToUnitId",
                table: "UnitLineages",
                column: "ToUnitId");

            migrationBuilder.AddForeignKey(
                name: "FK_Officers_Units_PlacedUnitId",
                table: "Officers",
                column: "PlacedUnitId",
                principalTable: "Units",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Officers_Units_PlacedUnitId",
                table: "Officers");

            migrationBuilder.DropTable(
                name: "LineageReviewItems");

            migrationBuilder.DropTable(
                name: "StaffingQuotas");

            migrationBuilder.DropTable(
                name: "UnitLineages");

            migrationBuilder.DropIndex(
                name: "IX_Officers_PlacedUnitId",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PlacedPosition",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "PlacedUnitId",
                table: "Officers");
        }
    }
}

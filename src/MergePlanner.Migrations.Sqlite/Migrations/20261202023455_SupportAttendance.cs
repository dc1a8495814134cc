using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SupportAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupportApprovals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    PolicyCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 19, scale: 2, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportApprovals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportApprovals_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysWorked = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnsHouseNearby = table.Column<bool>(type: "INTEGER", nullable: false),
                    HasOfficialHousing = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportAttendances_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportAttendances_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupportApprovalLine",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ApprovalId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 19, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupportApprovalLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupportApprovalLine_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupportApprovalLine_SupportApprovals_ApprovalId",
                        column: x => x.ApprovalId,
                        principalTable: "SupportApprovals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApprovalLine_ApprovalId",
                table: "SupportApprovalLine",
                column: "ApprovalId");

            migrationBuilder.CreateIndex(
                name: "IX_SupportApprovalLine_MergerId_OfficerId",
                table: "SupportApprovalLine",
                columns: new[] { "MergerId", "OfficerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupportApprovals_MergerId_PolicyCode_Year_Month",
                table: "SupportApprovals",
                columns: new[] { "MergerId", "PolicyCode", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportAttendances_MergerId_OfficerId_Year_Month",
                table: "SupportAttendances",
                columns: new[] { "MergerId", "OfficerId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupportAttendances_OfficerId",
                table: "SupportAttendances",
                column: "OfficerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupportApprovalLine");

            migrationBuilder.DropTable(
                name: "SupportAttendances");

            migrationBuilder.DropTable(
                name: "SupportApprovals");
        }
    }
}

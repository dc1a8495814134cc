using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    PolicyCode = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Total = table.Column<decimal>(type: "decimal(19,2)", precision: 19, scale: 2, nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    OfficerId = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    DaysWorked = table.Column<int>(type: "int", nullable: false),
                    OwnsHouseNearby = table.Column<bool>(type: "bit", nullable: false),
                    HasOfficialHousing = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    ApprovalId = table.Column<int>(type: "int", nullable: false),
                    OfficerId = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(19,2)", precision: 19, scale: 2, nullable: false)
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

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MergerOwnership : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Units_Code",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Officers_OfficerNumber",
                table: "Officers");

            migrationBuilder.DropIndex(
                name: "IX_HandoverBatches_Number",
                table: "HandoverBatches");

            migrationBuilder.DropIndex(
                name: "IX_CaseFiles_Number",
                table: "CaseFiles");

            migrationBuilder.DropIndex(
                name: "IX_Assets_Code",
                table: "Assets");

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "Units",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "UnitLineages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "StaffingQuotas",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "TargetUnitId",
                table: "Mergers",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "LineEvidence",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "ItemDispositions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "InventoryLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "HandoverLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "HandoverBatches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "CustodyEvents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "CaseFiles",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "Assets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "MergerId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_MergerId_Code",
                table: "Units",
                columns: new[] { "MergerId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitLineages_MergerId",
                table: "UnitLineages",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffingQuotas_MergerId",
                table: "StaffingQuotas",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_Officers_MergerId_OfficerNumber",
                table: "Officers",
                columns: new[] { "MergerId", "OfficerNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LineEvidence_MergerId",
                table: "LineEvidence",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemDispositions_MergerId",
                table: "ItemDispositions",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLines_MergerId",
                table: "InventoryLines",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRuns_MergerId",
                table: "ImportRuns",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverLines_MergerId",
                table: "HandoverLines",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverBatches_MergerId_Number",
                table: "HandoverBatches",
                columns: new[] { "MergerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_MergerId",
                table: "CustodyEvents",
                column: "MergerId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_MergerId_Number",
                table: "CaseFiles",
                columns: new[] { "MergerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assets_MergerId_Code",
                table: "Assets",
                columns: new[] { "MergerId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_MergerId",
                table: "AspNetUsers",
                column: "MergerId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Mergers_MergerId",
                table: "AspNetUsers",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Assets_Mergers_MergerId",
                table: "Assets",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CaseFiles_Mergers_MergerId",
                table: "CaseFiles",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CustodyEvents_Mergers_MergerId",
                table: "CustodyEvents",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_HandoverBatches_Mergers_MergerId",
                table: "HandoverBatches",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_HandoverLines_Mergers_MergerId",
                table: "HandoverLines",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ImportRuns_Mergers_MergerId",
                table: "ImportRuns",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_InventoryLines_Mergers_MergerId",
                table: "InventoryLines",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ItemDispositions_Mergers_MergerId",
                table: "ItemDispositions",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_LineEvidence_Mergers_MergerId",
                table: "LineEvidence",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Officers_Mergers_MergerId",
                table: "Officers",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_StaffingQuotas_Mergers_MergerId",
                table: "StaffingQuotas",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_UnitLineages_Mergers_MergerId",
                table: "UnitLineages",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Units_Mergers_MergerId",
                table: "Units",
                column: "MergerId",
                principalTable: "Mergers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Mergers_MergerId",
                table: "AspNetUsers");

            migrationBuilder.DropForeignKey(
                name: "FK_Assets_Mergers_MergerId",
                table: "Assets");

            migrationBuilder.DropForeignKey(
                name: "FK_CaseFiles_Mergers_MergerId",
                table: "CaseFiles");

            migrationBuilder.DropForeignKey(
                name: "FK_CustodyEvents_Mergers_MergerId",
                table: "CustodyEvents");

            migrationBuilder.DropForeignKey(
                name: "FK_HandoverBatches_Mergers_MergerId",
                table: "HandoverBatches");

            migrationBuilder.DropForeignKey(
                name: "FK_HandoverLines_Mergers_MergerId",
                table: "HandoverLines");

            migrationBuilder.DropForeignKey(
                name: "FK_ImportRuns_Mergers_MergerId",
                table: "ImportRuns");

            migrationBuilder.DropForeignKey(
                name: "FK_InventoryLines_Mergers_MergerId",
                table: "InventoryLines");

            migrationBuilder.DropForeignKey(
                name: "FK_ItemDispositions_Mergers_MergerId",
                table: "ItemDispositions");

            migrationBuilder.DropForeignKey(
                name: "FK_LineEvidence_Mergers_MergerId",
                table: "LineEvidence");

            migrationBuilder.DropForeignKey(
                name: "FK_Officers_Mergers_MergerId",
                table: "Officers");

            migrationBuilder.DropForeignKey(
                name: "FK_StaffingQuotas_Mergers_MergerId",
                table: "StaffingQuotas");

            migrationBuilder.DropForeignKey(
                name: "FK_UnitLineages_Mergers_MergerId",
                table: "UnitLineages");

            migrationBuilder.DropForeignKey(
                name: "FK_Units_Mergers_MergerId",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_Units_MergerId_Code",
                table: "Units");

            migrationBuilder.DropIndex(
                name: "IX_UnitLineages_MergerId",
                table: "UnitLineages");

            migrationBuilder.DropIndex(
                name: "IX_StaffingQuotas_MergerId",
                table: "StaffingQuotas");

            migrationBuilder.DropIndex(
                name: "IX_Officers_MergerId_OfficerNumber",
                table: "Officers");

            migrationBuilder.DropIndex(
                name: "IX_LineEvidence_MergerId",
                table: "LineEvidence");

            migrationBuilder.DropIndex(
                name: "IX_ItemDispositions_MergerId",
                table: "ItemDispositions");

            migrationBuilder.DropIndex(
                name: "IX_InventoryLines_MergerId",
                table: "InventoryLines");

            migrationBuilder.DropIndex(
                name: "IX_ImportRuns_MergerId",
                table: "ImportRuns");

            migrationBuilder.DropIndex(
                name: "IX_HandoverLines_MergerId",
                table: "HandoverLines");

            migrationBuilder.DropIndex(
                name: "IX_HandoverBatches_MergerId_Number",
                table: "HandoverBatches");

            migrationBuilder.DropIndex(
                name: "IX_CustodyEvents_MergerId",
                table: "CustodyEvents");

            migrationBuilder.DropIndex(
                name: "IX_CaseFiles_MergerId_Number",
                table: "CaseFiles");

            migrationBuilder.DropIndex(
                name: "IX_Assets_MergerId_Code",
                table: "Assets");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_MergerId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "Units");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "UnitLineages");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "StaffingQuotas");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "LineEvidence");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "ItemDispositions");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "InventoryLines");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "HandoverLines");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "HandoverBatches");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "CustodyEvents");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "MergerId",
                table: "AspNetUsers");

            migrationBuilder.AlterColumn<int>(
                name: "TargetUnitId",
                table: "Mergers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Units_Code",
                table: "Units",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Officers_OfficerNumber",
                table: "Officers",
                column: "OfficerNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandoverBatches_Number",
                table: "HandoverBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseFiles_Number",
                table: "CaseFiles",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Assets_Code",
                table: "Assets",
                column: "Code",
                unique: true);
        }
    }
}

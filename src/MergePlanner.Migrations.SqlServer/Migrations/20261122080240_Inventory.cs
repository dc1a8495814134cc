using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Inventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Articles",
                table: "CaseFiles",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Boxes",
                table: "CaseFiles",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionNumber",
                table: "CaseFiles",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DossierType",
                table: "CaseFiles",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Exhibits",
                table: "CaseFiles",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Investigator",
                table: "CaseFiles",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "CaseFiles",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Pages",
                table: "CaseFiles",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "CaseFiles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Retention",
                table: "CaseFiles",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Secrecy",
                table: "CaseFiles",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Volumes",
                table: "CaseFiles",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AcquisitionYear",
                table: "Assets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Area",
                table: "Assets",
                type: "decimal(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Calibre",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Certificate",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChassisNumber",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Condition",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Custodian",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "DataBearing",
                table: "Assets",
                type: "bit",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "Assets",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "Disbursed",
                table: "Assets",
                type: "decimal(19,2)",
                precision: 19,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EngineNumber",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Floors",
                table: "Assets",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalStatus",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Location",
                table: "Assets",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lot",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Model",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Parcel",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PermitNumber",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Plate",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ProgressPercent",
                table: "Assets",
                type: "decimal(5,2)",
                precision: 5,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ProjectStatus",
                table: "Assets",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Secrecy",
                table: "Assets",
                type: "nvarchar(48)",
                maxLength: 48,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Serial",
                table: "Assets",
                type: "nvarchar(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "TotalInvestment",
                table: "Assets",
                type: "decimal(19,2)",
                precision: 19,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "Assets",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CustodyEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssetId = table.Column<int>(type: "int", nullable: true),
                    CaseFileId = table.Column<int>(type: "int", nullable: true),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    FromUnitId = table.Column<int>(type: "int", nullable: true),
                    ToUnitId = table.Column<int>(type: "int", nullable: true),
                    Quantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustodyEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HandoverBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    FromUnitId = table.Column<int>(type: "int", nullable: false),
                    ToUnitId = table.Column<int>(type: "int", nullable: false),
                    HandedOverBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReceivedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WitnessName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    WitnessUnit = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    SignedScanName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    SignedScan = table.Column<byte[]>(type: "varbinary(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandoverBatches_Units_FromUnitId",
                        column: x => x.FromUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandoverBatches_Units_ToUnitId",
                        column: x => x.ToUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InventoryCampaigns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MergerId = table.Column<int>(type: "int", nullable: false),
                    UnitId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    CutoffAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InventoryCampaigns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InventoryCampaigns_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InventoryCampaigns_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ItemDispositions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AssetId = table.Column<int>(type: "int", nullable: true),
                    CaseFileId = table.Column<int>(type: "int", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    TargetUnitId = table.Column<int>(type: "int", nullable: true),
                    Agency = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    IncidentReference = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    Withdrawn = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ItemDispositions", x => x.Id);
                    table.CheckConstraint("CK_ItemDispositions_OneItem", "(\"AssetId\" IS NULL AND \"CaseFileId\" IS NOT NULL) OR (\"AssetId\" IS NOT NULL AND \"CaseFileId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_ItemDispositions_Assets_AssetId",
                        column: x => x.AssetId,
                        principalTable: "Assets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ItemDispositions_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ItemDispositions_Units_TargetUnitId",
                        column: x => x.TargetUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InventoryLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<int>(type: "int", nullable: false),
                    AssetId = table.Column<int>(type: "int", nullable: true),
                    CaseFileId = table.Column<int>(type: "int", nullable: true),
                    BookQuantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    CountedQuantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    CountedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    CountedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InventoryLines", x => x.Id);
                    table.CheckConstraint("CK_InventoryLines_OneItem", "(\"AssetId\" IS NULL AND \"CaseFileId\" IS NOT NULL) OR (\"AssetId\" IS NOT NULL AND \"CaseFileId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_InventoryLines_Assets_AssetId",
                        column: x => x.AssetId,
                        principalTable: "Assets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InventoryLines_CaseFiles_CaseFileId",
                        column: x => x.CaseFileId,
                        principalTable: "CaseFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InventoryLines_InventoryCampaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "InventoryCampaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HandoverLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BatchId = table.Column<int>(type: "int", nullable: false),
                    DispositionId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    Receipt = table.Column<string>(type: "nvarchar(48)", maxLength: 48, nullable: false),
                    Remark = table.Column<string>(type: "nvarchar(1024)", maxLength: 1024, nullable: true),
                    ConfirmedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HandoverLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HandoverLines_HandoverBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "HandoverBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HandoverLines_ItemDispositions_DispositionId",
                        column: x => x.DispositionId,
                        principalTable: "ItemDispositions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LineEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LineId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LineEvidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LineEvidence_InventoryLines_LineId",
                        column: x => x.LineId,
                        principalTable: "InventoryLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_AssetId",
                table: "CustodyEvents",
                column: "AssetId");

            migrationBuilder.CreateIndex(
                name: "IX_CustodyEvents_CaseFileId",
                table: "CustodyEvents",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverBatches_FromUnitId",
                table: "HandoverBatches",
                column: "FromUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverBatches_Number",
                table: "HandoverBatches",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HandoverBatches_ToUnitId",
                table: "HandoverBatches",
                column: "ToUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverLines_BatchId",
                table: "HandoverLines",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_HandoverLines_DispositionId",
                table: "HandoverLines",
                column: "DispositionId");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryCampaigns_MergerId_UnitId",
                table: "InventoryCampaigns",
                columns: new[] { "MergerId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_InventoryCampaigns_UnitId",
                table: "InventoryCampaigns",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLines_AssetId",
                table: "InventoryLines",
                column: "AssetId");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLines_CampaignId_AssetId",
                table: "InventoryLines",
                columns: new[] { "CampaignId", "AssetId" },
                unique: true,
                filter: "\"AssetId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLines_CampaignId_CaseFileId",
                table: "InventoryLines",
                columns: new[] { "CampaignId", "CaseFileId" },
                unique: true,
                filter: "\"CaseFileId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_InventoryLines_CaseFileId",
                table: "InventoryLines",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemDispositions_AssetId",
                table: "ItemDispositions",
                column: "AssetId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemDispositions_CaseFileId",
                table: "ItemDispositions",
                column: "CaseFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ItemDispositions_TargetUnitId",
                table: "ItemDispositions",
                column: "TargetUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LineEvidence_LineId",
                table: "LineEvidence",
                column: "LineId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustodyEvents");

            migrationBuilder.DropTable(
                name: "HandoverLines");

            migrationBuilder.DropTable(
                name: "LineEvidence");

            migrationBuilder.DropTable(
                name: "HandoverBatches");

            migrationBuilder.DropTable(
                name: "ItemDispositions");

            migrationBuilder.DropTable(
                name: "InventoryLines");

            migrationBuilder.DropTable(
                name: "InventoryCampaigns");

            migrationBuilder.DropColumn(
                name: "Articles",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Boxes",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "DecisionNumber",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "DossierType",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Exhibits",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Investigator",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Pages",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Retention",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Secrecy",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "Volumes",
                table: "CaseFiles");

            migrationBuilder.DropColumn(
                name: "AcquisitionYear",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Area",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Calibre",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Certificate",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "ChassisNumber",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Condition",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Custodian",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "DataBearing",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Disbursed",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "EngineNumber",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Floors",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "LegalStatus",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Location",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Lot",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Model",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Parcel",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "PermitNumber",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Plate",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "ProgressPercent",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "ProjectStatus",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Secrecy",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Serial",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "TotalInvestment",
                table: "Assets");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "Assets");
        }
    }
}

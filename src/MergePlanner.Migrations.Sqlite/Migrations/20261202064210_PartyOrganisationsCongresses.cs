using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PartyOrganisationsCongresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PartyOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    ParentId = table.Column<int>(type: "INTEGER", nullable: true),
                    OriginId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: true),
                    Members = table.Column<int>(type: "INTEGER", nullable: false),
                    Fate = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    SuccessorId = table.Column<int>(type: "INTEGER", nullable: true),
                    FateNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordsReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyOrganisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyOrganisations_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyOrganisations_PartyOrganisations_ParentId",
                        column: x => x.ParentId,
                        principalTable: "PartyOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyOrganisations_PartyOrganisations_SuccessorId",
                        column: x => x.SuccessorId,
                        principalTable: "PartyOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyOrganisations_Units_OriginId",
                        column: x => x.OriginId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyOrganisations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartyCongresses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Documents = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CommitteeSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyCongresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyCongresses_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PartyCongresses_PartyOrganisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "PartyOrganisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeCandidates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MergerId = table.Column<int>(type: "INTEGER", nullable: false),
                    CongressId = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerId = table.Column<int>(type: "INTEGER", nullable: false),
                    IsIncumbent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeCandidates_Mergers_MergerId",
                        column: x => x.MergerId,
                        principalTable: "Mergers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeCandidates_Officers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "Officers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CommitteeCandidates_PartyCongresses_CongressId",
                        column: x => x.CongressId,
                        principalTable: "PartyCongresses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeCandidates_CongressId",
                table: "CommitteeCandidates",
                column: "CongressId");

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeCandidates_MergerId_CongressId_OfficerId",
                table: "CommitteeCandidates",
                columns: new[] { "MergerId", "CongressId", "OfficerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeCandidates_OfficerId",
                table: "CommitteeCandidates",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyCongresses_MergerId_OrganisationId",
                table: "PartyCongresses",
                columns: new[] { "MergerId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyCongresses_OrganisationId",
                table: "PartyCongresses",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyOrganisations_MergerId_Code",
                table: "PartyOrganisations",
                columns: new[] { "MergerId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyOrganisations_OriginId",
                table: "PartyOrganisations",
                column: "OriginId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyOrganisations_ParentId",
                table: "PartyOrganisations",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyOrganisations_SuccessorId",
                table: "PartyOrganisations",
                column: "SuccessorId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyOrganisations_UnitId",
                table: "PartyOrganisations",
                column: "UnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeCandidates");

            migrationBuilder.DropTable(
                name: "PartyCongresses");

            migrationBuilder.DropTable(
                name: "PartyOrganisations");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DurableImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "ImportRuns",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "Background",
                table: "ImportRuns",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<byte[]>(
                name: "Content",
                table: "ImportRuns",
                type: "varbinary(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorsJson",
                table: "ImportRuns",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Format",
                table: "ImportRuns",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntilUtc",
                table: "ImportRuns",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Percent",
                table: "ImportRuns",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "ImportRuns",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Background",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Content",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "ErrorsJson",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Format",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "LeaseUntilUtc",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Percent",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "ImportRuns");
        }
    }
}

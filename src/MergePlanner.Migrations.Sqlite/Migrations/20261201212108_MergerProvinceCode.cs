using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MergePlanner.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MergerProvinceCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProvinceCode",
                table: "Mergers",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            // Until now the app served one merger, TP Hải Phòng + tỉnh Hải Dương: it is new TP Hải Phòng, code 31.
            migrationBuilder.Sql("UPDATE Mergers SET ProvinceCode = '31' WHERE ProvinceCode IS NULL AND Name = 'Hợp nhất Công an TP Hải Phòng và Công an tỉnh Hải Dương'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ProvinceCode",
                table: "Mergers");
        }
    }
}

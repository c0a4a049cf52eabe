using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenCommitmentsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_commitments_open_due",
                table: "commitments",
                columns: new[] { "Due", "Id" },
                filter: "\"Status\" <> 'Closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_commitments_open_due",
                table: "commitments");
        }
    }
}

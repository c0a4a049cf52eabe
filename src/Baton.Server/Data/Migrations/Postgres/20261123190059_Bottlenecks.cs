using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Bottlenecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WorkflowKey",
                table: "case_visits",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "WorkflowVersion",
                table: "case_visits",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Visits stored before: their case's workflow and (best known) its current version.
            migrationBuilder.Sql("""
                UPDATE case_visits AS v SET "WorkflowKey" = c."WorkflowKey", "WorkflowVersion" = c."WorkflowVersion" FROM cases AS c WHERE c."Id" = v."CaseId";
                """);

            migrationBuilder.CreateIndex(
                name: "IX_case_visits_WorkflowKey_LeftAt",
                table: "case_visits",
                columns: new[] { "WorkflowKey", "LeftAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_case_visits_WorkflowKey_LeftAt",
                table: "case_visits");

            migrationBuilder.DropColumn(
                name: "WorkflowKey",
                table: "case_visits");

            migrationBuilder.DropColumn(
                name: "WorkflowVersion",
                table: "case_visits");
        }
    }
}

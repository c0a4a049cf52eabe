using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DailyTallies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "daily_tallies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<int>(type: "integer", nullable: false),
                    Acceptance10 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance10080 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance120 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance1440 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance15 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance240 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance2880 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance30 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance480 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance5 = table.Column<int>(type: "integer", nullable: false),
                    Acceptance60 = table.Column<int>(type: "integer", nullable: false),
                    AcceptanceMinutes = table.Column<double>(type: "double precision", nullable: false),
                    AcceptanceOver = table.Column<int>(type: "integer", nullable: false),
                    Accepted = table.Column<int>(type: "integer", nullable: false),
                    CallbackAttempts = table.Column<int>(type: "integer", nullable: false),
                    Callbacks = table.Column<int>(type: "integer", nullable: false),
                    DueClosed = table.Column<int>(type: "integer", nullable: false),
                    DueMet = table.Column<int>(type: "integer", nullable: false),
                    Escalations = table.Column<int>(type: "integer", nullable: false),
                    Handle1 = table.Column<int>(type: "integer", nullable: false),
                    Handle10 = table.Column<int>(type: "integer", nullable: false),
                    Handle15 = table.Column<int>(type: "integer", nullable: false),
                    Handle2 = table.Column<int>(type: "integer", nullable: false),
                    Handle20 = table.Column<int>(type: "integer", nullable: false),
                    Handle3 = table.Column<int>(type: "integer", nullable: false),
                    Handle30 = table.Column<int>(type: "integer", nullable: false),
                    Handle4 = table.Column<int>(type: "integer", nullable: false),
                    Handle5 = table.Column<int>(type: "integer", nullable: false),
                    Handle6 = table.Column<int>(type: "integer", nullable: false),
                    Handle60 = table.Column<int>(type: "integer", nullable: false),
                    Handle8 = table.Column<int>(type: "integer", nullable: false),
                    HandleOver = table.Column<int>(type: "integer", nullable: false),
                    HandleSeconds = table.Column<double>(type: "double precision", nullable: false),
                    Handled = table.Column<int>(type: "integer", nullable: false),
                    Judged = table.Column<int>(type: "integer", nullable: false),
                    Kept = table.Column<int>(type: "integer", nullable: false),
                    KeptOnTime = table.Column<int>(type: "integer", nullable: false),
                    LongCalls = table.Column<int>(type: "integer", nullable: false),
                    LongResolved = table.Column<int>(type: "integer", nullable: false),
                    ResolvedFirst = table.Column<int>(type: "integer", nullable: false),
                    Response10 = table.Column<int>(type: "integer", nullable: false),
                    Response10080 = table.Column<int>(type: "integer", nullable: false),
                    Response120 = table.Column<int>(type: "integer", nullable: false),
                    Response1440 = table.Column<int>(type: "integer", nullable: false),
                    Response15 = table.Column<int>(type: "integer", nullable: false),
                    Response240 = table.Column<int>(type: "integer", nullable: false),
                    Response2880 = table.Column<int>(type: "integer", nullable: false),
                    Response30 = table.Column<int>(type: "integer", nullable: false),
                    Response480 = table.Column<int>(type: "integer", nullable: false),
                    Response5 = table.Column<int>(type: "integer", nullable: false),
                    Response60 = table.Column<int>(type: "integer", nullable: false),
                    ResponseMinutes = table.Column<double>(type: "double precision", nullable: false),
                    ResponseOver = table.Column<int>(type: "integer", nullable: false),
                    Satisfied = table.Column<int>(type: "integer", nullable: false),
                    SurveyScore = table.Column<int>(type: "integer", nullable: false),
                    Surveys = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_daily_tallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_facts_open_due",
                table: "commitment_facts",
                columns: new[] { "OwnerId", "Due" },
                filter: "\"Outcome\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_daily_tallies_PersonId_Day",
                table: "daily_tallies",
                columns: new[] { "PersonId", "Day" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "daily_tallies");

            migrationBuilder.DropIndex(
                name: "IX_commitment_facts_open_due",
                table: "commitment_facts");
        }
    }
}

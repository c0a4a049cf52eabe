using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance10 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance10080 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance120 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance1440 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance240 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance2880 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance30 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance480 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance5 = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance60 = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptanceMinutes = table.Column<double>(type: "REAL", nullable: false),
                    AcceptanceOver = table.Column<int>(type: "INTEGER", nullable: false),
                    Accepted = table.Column<int>(type: "INTEGER", nullable: false),
                    CallbackAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    Callbacks = table.Column<int>(type: "INTEGER", nullable: false),
                    DueClosed = table.Column<int>(type: "INTEGER", nullable: false),
                    DueMet = table.Column<int>(type: "INTEGER", nullable: false),
                    Escalations = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle1 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle10 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle2 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle20 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle3 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle30 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle4 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle5 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle6 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle60 = table.Column<int>(type: "INTEGER", nullable: false),
                    Handle8 = table.Column<int>(type: "INTEGER", nullable: false),
                    HandleOver = table.Column<int>(type: "INTEGER", nullable: false),
                    HandleSeconds = table.Column<double>(type: "REAL", nullable: false),
                    Handled = table.Column<int>(type: "INTEGER", nullable: false),
                    Judged = table.Column<int>(type: "INTEGER", nullable: false),
                    Kept = table.Column<int>(type: "INTEGER", nullable: false),
                    KeptOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    LongCalls = table.Column<int>(type: "INTEGER", nullable: false),
                    LongResolved = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedFirst = table.Column<int>(type: "INTEGER", nullable: false),
                    Response10 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response10080 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response120 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response1440 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response15 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response240 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response2880 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response30 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response480 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response5 = table.Column<int>(type: "INTEGER", nullable: false),
                    Response60 = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseMinutes = table.Column<double>(type: "REAL", nullable: false),
                    ResponseOver = table.Column<int>(type: "INTEGER", nullable: false),
                    Satisfied = table.Column<int>(type: "INTEGER", nullable: false),
                    SurveyScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Surveys = table.Column<int>(type: "INTEGER", nullable: false)
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

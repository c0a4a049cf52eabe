using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Scorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commitment_facts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Due = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    HandedOffAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    FirstActionAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FirstActionOwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "INTEGER", nullable: false),
                    AcceptanceMinutes = table.Column<double>(type: "REAL", nullable: true),
                    ResponseMinutes = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitment_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "context_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_context_notes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_facts_AcceptedById_AcceptedAt_AcceptanceMinutes_Id",
                table: "commitment_facts",
                columns: new[] { "AcceptedById", "AcceptedAt", "AcceptanceMinutes", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_facts_FirstActionOwnerId_FirstActionAt_Kind_ResponseMinutes_Id",
                table: "commitment_facts",
                columns: new[] { "FirstActionOwnerId", "FirstActionAt", "Kind", "ResponseMinutes", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_facts_OwnerId_ClosedAt_Outcome_ClosedOnTime_Kind_Attempts_Id",
                table: "commitment_facts",
                columns: new[] { "OwnerId", "ClosedAt", "Outcome", "ClosedOnTime", "Kind", "Attempts", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_facts_OwnerId_Due_Outcome_ClosedOnTime_Id",
                table: "commitment_facts",
                columns: new[] { "OwnerId", "Due", "Outcome", "ClosedOnTime", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_context_notes_AuthorId_CreatedAt",
                table: "context_notes",
                columns: new[] { "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_context_notes_ItemId",
                table: "context_notes",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_context_notes_Status_ItemId",
                table: "context_notes",
                columns: new[] { "Status", "ItemId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitment_facts");

            migrationBuilder.DropTable(
                name: "context_notes");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InteractionOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "HandleSeconds",
                table: "interactions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RepeatGapSeconds",
                table: "interactions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Resolved",
                table: "interactions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Topic",
                table: "interactions",
                type: "TEXT",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "WrapUpSeconds",
                table: "interactions",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WrappedUpAt",
                table: "interactions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "interaction_surveys",
                columns: table => new
                {
                    InteractionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HandledById = table.Column<Guid>(type: "TEXT", nullable: false),
                    InteractionAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_surveys", x => x.InteractionId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_AgentId_QueuedAt_AnsweredAt_HandleSeconds_Resolved_RepeatGapSeconds_Id",
                table: "interactions",
                columns: new[] { "AgentId", "QueuedAt", "AnsweredAt", "HandleSeconds", "Resolved", "RepeatGapSeconds", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_surveys_HandledById_InteractionAt_Score",
                table: "interaction_surveys",
                columns: new[] { "HandledById", "InteractionAt", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_interaction_surveys_InteractionAt_Score",
                table: "interaction_surveys",
                columns: new[] { "InteractionAt", "Score" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "interaction_surveys");

            migrationBuilder.DropIndex(
                name: "IX_interactions_AgentId_QueuedAt_AnsweredAt_HandleSeconds_Resolved_RepeatGapSeconds_Id",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "HandleSeconds",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "RepeatGapSeconds",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "Resolved",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "Topic",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "WrapUpSeconds",
                table: "interactions");

            migrationBuilder.DropColumn(
                name: "WrappedUpAt",
                table: "interactions");
        }
    }
}

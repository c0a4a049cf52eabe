using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
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
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "RepeatGapSeconds",
                table: "interactions",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Resolved",
                table: "interactions",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Topic",
                table: "interactions",
                type: "character varying(80)",
                maxLength: 80,
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "WrapUpSeconds",
                table: "interactions",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "WrappedUpAt",
                table: "interactions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "interaction_surveys",
                columns: table => new
                {
                    InteractionId = table.Column<Guid>(type: "uuid", nullable: false),
                    HandledById = table.Column<Guid>(type: "uuid", nullable: false),
                    InteractionAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interaction_surveys", x => x.InteractionId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_AgentId_QueuedAt_AnsweredAt_HandleSeconds_Reso~",
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
                name: "IX_interactions_AgentId_QueuedAt_AnsweredAt_HandleSeconds_Reso~",
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

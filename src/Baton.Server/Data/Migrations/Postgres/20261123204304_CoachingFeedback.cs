using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CoachingFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "anonymous_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    PeriodStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    GiverKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Theme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anonymous_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "anonymous_feedback_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    TargetKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PeriodStart = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    VisibleAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RespondBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponseCommitmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_anonymous_feedback_groups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "coaching_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoachId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Consequence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ConsequenceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AcknowledgeBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AcknowledgementComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AcknowledgementOverdueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisputedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DisputeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewDecision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReviewReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AmendedConsequence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AmendedConsequenceReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_sessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReceiverId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Theme = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RespondBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResponseCommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Response = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "feedback_secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_feedback_secrets", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "coaching_action_items",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Side = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    PromiseeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    What = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Due = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_action_items", x => new { x.SessionId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_coaching_action_items_coaching_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "coaching_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coaching_evidence",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Snapshot = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    CapturedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_evidence", x => new { x.SessionId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_coaching_evidence_coaching_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "coaching_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "coaching_goals",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Goal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Due = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FromReview = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_coaching_goals", x => new { x.SessionId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_coaching_goals_coaching_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "coaching_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_feedback_TargetKind_TargetId_PeriodStart",
                table: "anonymous_feedback",
                columns: new[] { "TargetKind", "TargetId", "PeriodStart" });

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_feedback_groups_ReceiverId",
                table: "anonymous_feedback_groups",
                column: "ReceiverId");

            migrationBuilder.CreateIndex(
                name: "IX_anonymous_feedback_groups_TargetKey_PeriodStart",
                table: "anonymous_feedback_groups",
                columns: new[] { "TargetKey", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_coaching_action_items_CommitmentId",
                table: "coaching_action_items",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_coaching_sessions_AgentId_ScheduledAt",
                table: "coaching_sessions",
                columns: new[] { "AgentId", "ScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_coaching_sessions_CoachId_ScheduledAt",
                table: "coaching_sessions",
                columns: new[] { "CoachId", "ScheduledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_coaching_sessions_ReviewerId_Status",
                table: "coaching_sessions",
                columns: new[] { "ReviewerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_GiverId_CreatedAt",
                table: "feedback",
                columns: new[] { "GiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_ReceiverId_CreatedAt",
                table: "feedback",
                columns: new[] { "ReceiverId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_feedback_ResponseCommitmentId",
                table: "feedback",
                column: "ResponseCommitmentId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "anonymous_feedback");

            migrationBuilder.DropTable(
                name: "anonymous_feedback_groups");

            migrationBuilder.DropTable(
                name: "coaching_action_items");

            migrationBuilder.DropTable(
                name: "coaching_evidence");

            migrationBuilder.DropTable(
                name: "coaching_goals");

            migrationBuilder.DropTable(
                name: "feedback");

            migrationBuilder.DropTable(
                name: "feedback_secrets");

            migrationBuilder.DropTable(
                name: "coaching_sessions");
        }
    }
}

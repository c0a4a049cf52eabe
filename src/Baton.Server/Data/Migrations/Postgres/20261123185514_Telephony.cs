using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Telephony : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SigningSecret",
                table: "api_tokens",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "call_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveryId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CallId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Caller = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Queue = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Code = table.Column<int>(type: "integer", nullable: true),
                    By = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    Agent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TargetQueue = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    MenuOption = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Transcript = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TokenId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "call_queues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    menu = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_queues", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "customer_phones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_phones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_customer_phones_customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Caller = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    CallerNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    QueueId = table.Column<Guid>(type: "uuid", nullable: false),
                    QueueName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgentUserName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WaitSeconds = table.Column<double>(type: "double precision", nullable: true),
                    TalkSeconds = table.Column<double>(type: "double precision", nullable: true),
                    HoldSeconds = table.Column<double>(type: "double precision", nullable: false),
                    HungUpBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    FailureCode = table.Column<int>(type: "integer", nullable: true),
                    MenuOption = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    TransferredTo = table.Column<List<string>>(type: "text[]", nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Transcript = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: true),
                    CallbackId = table.Column<Guid>(type: "uuid", nullable: true),
                    CallbackGap = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EventCount = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_interactions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_call_events_CallId",
                table: "call_events",
                column: "CallId");

            migrationBuilder.CreateIndex(
                name: "IX_call_events_DeliveryId",
                table: "call_events",
                column: "DeliveryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_call_queues_Name",
                table: "call_queues",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_phones_CustomerId_Number",
                table: "customer_phones",
                columns: new[] { "CustomerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_phones_Number",
                table: "customer_phones",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_interactions_AgentId_Status",
                table: "interactions",
                columns: new[] { "AgentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_CallId",
                table: "interactions",
                column: "CallId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_interactions_CustomerId_QueuedAt",
                table: "interactions",
                columns: new[] { "CustomerId", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_interactions_QueuedAt",
                table: "interactions",
                column: "QueuedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_events");

            migrationBuilder.DropTable(
                name: "call_queues");

            migrationBuilder.DropTable(
                name: "customer_phones");

            migrationBuilder.DropTable(
                name: "interactions");

            migrationBuilder.DropColumn(
                name: "SigningSecret",
                table: "api_tokens");
        }
    }
}

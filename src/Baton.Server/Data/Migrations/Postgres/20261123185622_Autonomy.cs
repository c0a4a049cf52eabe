using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Autonomy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "discretion_policies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Gesture = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HolderKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HolderRole = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HolderPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    HolderKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    PerInteractionLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RollingWeekLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    EarnedMinTenureMonths = table.Column<int>(type: "integer", nullable: true),
                    EarnedMinKeptRate = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    EarnedFactor = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_discretion_policies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_discretion_policies_people_HolderPersonId",
                        column: x => x.HolderPersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "employment_starts",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_employment_starts", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_employment_starts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "gesture_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Gesture = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ReferenceKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecisionWhy = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PerInteractionLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    RollingWeekLimit = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ApproverId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovalCommitmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovalDue = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gesture_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_gesture_grants_people_RequesterId",
                        column: x => x.RequesterId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "shift_preferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Start = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    End = table.Column<TimeSpan>(type: "interval", nullable: false),
                    Weight = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_shift_preferences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_shift_preferences_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "unavailabilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    To = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unavailabilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_unavailabilities_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_discretion_policies_Gesture_HolderKey",
                table: "discretion_policies",
                columns: new[] { "Gesture", "HolderKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_discretion_policies_HolderPersonId",
                table: "discretion_policies",
                column: "HolderPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_gesture_grants_ApprovalCommitmentId",
                table: "gesture_grants",
                column: "ApprovalCommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_gesture_grants_RequestedAt",
                table: "gesture_grants",
                column: "RequestedAt");

            migrationBuilder.CreateIndex(
                name: "IX_gesture_grants_RequesterId_Gesture_RequestedAt",
                table: "gesture_grants",
                columns: new[] { "RequesterId", "Gesture", "RequestedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_gesture_grants_Status_ApproverId",
                table: "gesture_grants",
                columns: new[] { "Status", "ApproverId" });

            migrationBuilder.CreateIndex(
                name: "IX_shift_preferences_PersonId",
                table: "shift_preferences",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_unavailabilities_PersonId_To",
                table: "unavailabilities",
                columns: new[] { "PersonId", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "discretion_policies");

            migrationBuilder.DropTable(
                name: "employment_starts");

            migrationBuilder.DropTable(
                name: "gesture_grants");

            migrationBuilder.DropTable(
                name: "shift_preferences");

            migrationBuilder.DropTable(
                name: "unavailabilities");
        }
    }
}

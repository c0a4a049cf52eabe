using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gesture = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HolderKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HolderRole = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    HolderPersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    PerInteractionLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    RollingWeekLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    EarnedMinTenureMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    EarnedMinKeptRate = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: true),
                    EarnedFactor = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedById = table.Column<Guid>(type: "TEXT", nullable: true)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequesterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gesture = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ReferenceKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecisionWhy = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PerInteractionLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    RollingWeekLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ApproverId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovalCommitmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovalDue = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Start = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    End = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    Weight = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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

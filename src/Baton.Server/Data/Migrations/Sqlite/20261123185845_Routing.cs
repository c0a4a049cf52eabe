using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Routing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "routing_profiles",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TotalCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    CallCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    HandoffCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    CallbackCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    CaseCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    LastWorkAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routing_profiles", x => x.PersonId);
                    table.ForeignKey(
                        name: "FK_routing_profiles_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequiredSkills = table.Column<string>(type: "TEXT", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    OfferTimeoutSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    OverflowDepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OverflowAfterSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    DefaultCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routing_rules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_routing_rules_departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_routing_rules_departments_OverflowDepartmentId",
                        column: x => x.OverflowDepartmentId,
                        principalTable: "departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "routing_work_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Queue = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequiredSkills = table.Column<string>(type: "TEXT", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Excluded = table.Column<string>(type: "TEXT", nullable: false),
                    Overflowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routing_work_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "routing_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routing_offers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_routing_offers_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_routing_offers_routing_work_items_WorkItemId",
                        column: x => x.WorkItemId,
                        principalTable: "routing_work_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_routing_offers_PersonId",
                table: "routing_offers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_routing_offers_Status_PersonId",
                table: "routing_offers",
                columns: new[] { "Status", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_routing_offers_WorkItemId",
                table: "routing_offers",
                column: "WorkItemId");

            migrationBuilder.CreateIndex(
                name: "IX_routing_rules_DepartmentId",
                table: "routing_rules",
                column: "DepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_routing_rules_OverflowDepartmentId",
                table: "routing_rules",
                column: "OverflowDepartmentId");

            migrationBuilder.CreateIndex(
                name: "IX_routing_rules_Queue",
                table: "routing_rules",
                column: "Queue",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_routing_work_items_AssigneeId_Status",
                table: "routing_work_items",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_routing_work_items_ReferenceId",
                table: "routing_work_items",
                column: "ReferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_routing_work_items_Status_EnqueuedAt",
                table: "routing_work_items",
                columns: new[] { "Status", "EnqueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "routing_offers");

            migrationBuilder.DropTable(
                name: "routing_profiles");

            migrationBuilder.DropTable(
                name: "routing_rules");

            migrationBuilder.DropTable(
                name: "routing_work_items");
        }
    }
}

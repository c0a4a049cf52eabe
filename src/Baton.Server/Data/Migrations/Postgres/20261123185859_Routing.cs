using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Baton.Server.Data.Migrations.Postgres
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
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TotalCapacity = table.Column<int>(type: "integer", nullable: true),
                    CallCapacity = table.Column<int>(type: "integer", nullable: true),
                    HandoffCapacity = table.Column<int>(type: "integer", nullable: true),
                    CallbackCapacity = table.Column<int>(type: "integer", nullable: true),
                    CaseCapacity = table.Column<int>(type: "integer", nullable: true),
                    LastWorkAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequiredSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    OfferTimeoutSeconds = table.Column<int>(type: "integer", nullable: false),
                    OverflowDepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    OverflowAfterSeconds = table.Column<int>(type: "integer", nullable: true),
                    DefaultCapacity = table.Column<int>(type: "integer", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ReferenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Queue = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequiredSkills = table.Column<List<string>>(type: "text[]", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: true),
                    EnqueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Excluded = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Overflowed = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_routing_work_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "routing_offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

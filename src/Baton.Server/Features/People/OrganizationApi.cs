using Baton.Server.Features.Access;

namespace Baton.Server.Features.People;

/// <summary>Departments, teams, the shift roster and who is on shift now.</summary>
public static class OrganizationApi
{
    public static IEndpointRouteBuilder MapOrganizationApi(this IEndpointRouteBuilder app)
    {
        var departments = app.MapGroup("/api/v1/departments").WithTags("Organization").RequireAuthorization(Policies.SignedIn);
        departments.MapGet("/", ListDepartments.Handle).WithName("ListDepartments").WithSummary("Every department with its head");
        departments.MapPost("/", SaveDepartment.Create).RequireAuthorization(Policies.Admin)
            .WithName("CreateDepartment").WithSummary("Add a department (unique name; the head must be an active person)");
        departments.MapPut("/{id:guid}", SaveDepartment.Update).RequireAuthorization(Policies.Admin)
            .WithName("UpdateDepartment").WithSummary("Rename a department, change its time zone or head");

        var teams = app.MapGroup("/api/v1/teams").WithTags("Organization").RequireAuthorization(Policies.SignedIn);
        teams.MapGet("/", ListTeams.Handle).WithName("ListTeams").WithSummary("Every team with its department, lead and member count");
        teams.MapPost("/", SaveTeam.Create).RequireAuthorization(Policies.Admin)
            .WithName("CreateTeam").WithSummary("Add a team (unique name, existing department; the lead must be an active person)");
        teams.MapPut("/{id:guid}", SaveTeam.Update).RequireAuthorization(Policies.Admin)
            .WithName("UpdateTeam").WithSummary("Rename a team, move it to another department or change its lead");

        var shifts = app.MapGroup("/api/v1/shifts").WithTags("Organization").RequireAuthorization(Policies.SignedIn);
        shifts.MapGet("/", ListShifts.Handle).WithName("ListShifts").WithSummary("The roster overlapping a window, by person or team");
        shifts.MapPost("/", ScheduleShift.Handle).RequireAuthorization(Policies.Admin)
            .WithName("ScheduleShift").WithSummary("Roster a person for a period (UTC instants; no overlap with their other shifts)");
        shifts.MapPut("/{id:guid}", UpdateShift.Handle).RequireAuthorization(Policies.Admin)
            .WithName("UpdateShift").WithSummary("Move a shift or change its time zone or label");
        shifts.MapDelete("/{id:guid}", DeleteShift.Handle).RequireAuthorization(Policies.Admin)
            .WithName("DeleteShift").WithSummary("Take a shift off the roster");

        app.MapGroup("/api/v1/org").WithTags("Organization").RequireAuthorization(Policies.SignedIn)
            .MapGet("/on-shift", WhoIsOnShift.Handle).WithName("WhoIsOnShift").WithSummary("Active people on shift now with shift times and presence");
        return app;
    }
}

using Baton.Server.Features.Access;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>Shift preferences and unavailability people submit, shown to their leads beside the roster with the honoured rate.</summary>
public static class SchedulePreferencesApi
{
    public static IEndpointRouteBuilder MapSchedulePreferencesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/schedule-preferences").WithTags("Schedule preferences").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", GetSchedulePreferences.Handle).WithName("GetSchedulePreferences")
            .WithSummary("Preferences, unavailability and the roster of a period with the honoured rate: one person (default me) or a team I lead");
        group.MapGet("/check", CheckShift.Handle).WithName("CheckShiftAgainstPreferences")
            .WithSummary("How a shift about to be rostered fits the person's preferences, with a warning over unavailable days");
        group.MapPost("/preferences", AddShiftPreference.Handle).WithName("AddShiftPreference")
            .WithSummary("Add a preferred window: weekday, start and end (HH:mm, the person's zone), weight");
        group.MapDelete("/preferences/{id:guid}", RemoveShiftPreference.Handle).WithName("RemoveShiftPreference")
            .WithSummary("Remove a preferred window");
        group.MapPost("/unavailability", AddUnavailability.Handle).WithName("AddUnavailability")
            .WithSummary("Submit days I cannot work (from, to inclusive, reason)");
        group.MapDelete("/unavailability/{id:guid}", RemoveUnavailability.Handle).WithName("RemoveUnavailability")
            .WithSummary("Withdraw submitted unavailability");
        return app;
    }
}

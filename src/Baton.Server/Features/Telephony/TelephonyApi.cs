using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Telephony;

public static class TelephonyApi
{
    public static IEndpointRouteBuilder MapTelephonyApi(this IEndpointRouteBuilder app)
    {
        var telephony = app.MapGroup("/api/v1/telephony").WithTags("Telephony");
        telephony.MapPost("/events", ReceiveCallEvent.Handle).RequireAuthorization(Policies.Integration)
            .Accepts<CallEventPayload>("application/json")
            .WithName("ReceiveCallEvent")
            .WithSummary("A PBX call event (call.queued … call.failed); integration token plus X-Baton-Signature: sha256=HMAC of the body; idempotent per delivery id");
        telephony.MapGet("/queues", ListCallQueues.Handle).RequireAuthorization(Policies.SignedIn)
            .WithName("ListCallQueues").WithSummary("The queues the PBX sends calls to, with their department and IVR menu");
        telephony.MapPut("/queues/{name}", SaveCallQueue.Handle).RequireAuthorization(new AuthorizeAttribute { Roles = "Manager,Admin" })
            .WithName("SaveCallQueue").WithSummary("Define a queue (by the name the PBX sends) or change its department and IVR menu options");
        telephony.MapGet("/misrouting", MisroutingReport.Handle).RequireAuthorization(Policies.SignedIn)
            .WithName("MisroutingReport").WithSummary("Per queue and menu option: calls that reached the wrong department and were transferred");
        return app;
    }
}

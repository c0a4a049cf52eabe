using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Cases;

/// <summary>
/// POST /api/v1/cases/{id}/events {name}: a named event (e.g. finance.refund_details_collected) for a case waiting on it;
/// people and integrations may send it. An event the case does not wait for is a 409.
/// </summary>
public static class RaiseCaseEvent
{
    public sealed record Request(string? Name);

    public static async Task<Results<Ok<CaseDetail>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = CaseViews.Now(time);
        var c = await CaseWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var name = string.IsNullOrWhiteSpace(request.Name) ? throw new DomainException("name", "Name the event.") : request.Name.Trim();
        if (c.Status != WorkflowStatus.Waiting || c.WaitEvent != name)
        {
            throw new ConflictException("name", c.Status == WorkflowStatus.Waiting && c.WaitEvent is { } awaited
                ? $"The case waits for '{awaited}', not '{name}'."
                : "The case is not waiting for an event.");
        }
        var definition = await CaseWork.DefinitionAsync(db, c.WorkflowKey, c.WorkflowVersion, ct);
        var result = WorkflowRunner.Advance(definition, CaseStateJson.Read(c.StateJson), new EventReceived(name), now);
        var actorId = CommitmentWork.ActorIdOf(user);
        c.AddTimeline(now, actorId == Guid.Empty ? null : actorId, CaseTimelineKind.EventReceived, c.CurrentNodeId, $"Event {name} received");
        await CaseWork.ApplyAsync(db, c, definition, result, Actor.From(user), actorId, AuditEventType.CaseEventReceived, name, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseViews.FullAsync(db, c, ct));
    }
}

using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// POST /api/v1/grants/{id}/approve {note?} and POST /api/v1/grants/{id}/decline {reason}: the approver — or anyone else who
/// leads the requester — decides a request above the limits. The requester is refused (403) even when they hold the
/// approver's role. Either way the Approval commitment closes as Kept (the decision was made); a decline carries its reason.
/// </summary>
public static class DecideApproval
{
    public sealed record ApproveRequest(string? Note);

    public sealed record DeclineRequest(string? Reason);

    public static async Task<Results<Ok<GrantView>, NotFound>> Approve(Guid id, ApproveRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, time, live, id, approve: true, request.Note, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<Results<Ok<GrantView>, NotFound>> Decline(Guid id, DeclineRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, time, live, id, approve: false, request.Reason, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<GrantView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, TimeProvider time, LiveUpdates live, Guid id, bool approve,
        string? text, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var actorId = CommitmentWork.RequirePerson(user);
        var grant = await db.Set<GestureGrant>().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (grant is null)
        {
            return null;
        }
        var approval = await DiscretionLookup.ApprovalOfAsync(db, grant, ct);
        var authority = await DiscretionLookup.HasAuthorityAsync(db, actorId, grant, approval, ct);
        var before = GrantGesture.Snapshot(grant);
        if (approve)
        {
            grant.Approve(actorId, authority, text, now);
        }
        else
        {
            grant.Decline(actorId, authority, text, now);
        }

        var effects = CommitmentEffects.None;
        if (approval is { IsClosed: false })
        {
            // The decider has authority over the request, which settles its Approval commitment whoever holds it now.
            var outcome = approve ? "Approved" : $"Declined: {grant.DecisionNote}";
            effects = approval.Close(Outcome.Kept, Shorten(outcome), null, actorId, actorIsLeadOfOwner: approval.OwnerId != actorId, now);
        }
        await db.RecordAsync(Actor.From(user), now, GrantGesture.Subject(grant.Id),
            approve ? AuditEventType.GestureApproved : AuditEventType.GestureDeclined, before, GrantGesture.Snapshot(grant), grant.DecisionNote, ct);
        Notify(db, grant, approve, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, approval is null ? [] : [approval], ct);
        GrantGesture.Publish(live, grant);
        return (await GrantView.ViewsAsync(db, [grant], ct))[0];
    }

    private static void Notify(BatonDb db, GestureGrant grant, bool approved, DateTime now)
    {
        var what = $"{DiscretionText.GestureTitle(grant.Gesture)} of {Money.Format(grant.Amount, grant.Currency)} ({grant.ReferenceKind} {grant.ReferenceId})";
        var text = approved ? $"Approved: {what}. You may give it." : $"Declined: {what}. {grant.DecisionNote}";
        db.Notifications.Add(new Notifications.Notification(Guid.CreateVersion7(), grant.RequesterId, grant.ApprovalCommitmentId, text, now));
    }

    private static string Shorten(string text) =>
        text.Length <= CommitmentRules.MaxReasonLength ? text : string.Concat(text.AsSpan(0, CommitmentRules.MaxReasonLength - 1), "…");
}

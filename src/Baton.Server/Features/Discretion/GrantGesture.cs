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
/// POST /api/v1/grants {gesture, amount, currency?, referenceKind, referenceId, reason}: the signed-in person grants a gesture.
/// Within their limits it is granted at once and logged; above them (or without a policy) an Approval commitment goes to
/// their approver — team lead, else department head, else a manager, never themselves — due after the approval time in
/// business hours, and the grant waits for the decision.
/// </summary>
public static class GrantGesture
{
    public sealed record Request(GestureType? Gesture, decimal? Amount, string? Currency, GrantReferenceKind? ReferenceKind, string? ReferenceId,
        string? Reason);

    public static async Task<Created<GrantView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, LiveUpdates live,
        IConfiguration configuration, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, time, live, DiscretionOptions.From(configuration), request, ct);
        return TypedResults.Created($"/api/v1/grants/{view.Id}", view);
    }

    public static async Task<GrantView> ExecuteAsync(BatonDb db, ClaimsPrincipal user, TimeProvider time, LiveUpdates live, DiscretionOptions options,
        Request request, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var requesterId = CommitmentWork.RequirePerson(user);
        var requester = await db.People.AsNoTracking().Where(p => p.Id == requesterId && p.Active)
            .Select(p => new { p.DisplayName, p.Roles }).FirstOrDefaultAsync(ct)
            ?? throw new NotPermittedException("actorId", "Only an active person can grant a gesture.");
        var gesture = request.Gesture is { } g && Enum.IsDefined(g) ? g
            : throw new DomainException("gesture", "Say which gesture: GoodwillCredit, FeeWaiver or ExpeditedShipping.");
        var amount = request.Amount ?? throw new DomainException("amount", "An amount is required.");
        var reference = GrantReference.Require(request.ReferenceKind, request.ReferenceId);
        await RequireReferenceAsync(db, reference, ct);
        var reason = CommitmentRules.RequireText(request.Reason, "reason", GestureGrant.MaxReasonLength, "A reason for the gesture");

        var (_, limits) = await DiscretionLookup.LimitsForAsync(db, requesterId, requester.Roles, gesture, now, ct);
        var currency = Money.RequireCurrency(request.Currency ?? limits?.Currency
            ?? throw new DomainException("currency", "No policy names a currency for this gesture: give one, e.g. EUR."));
        var grantRequest = new GrantRequest(requesterId, gesture, amount, currency, reference);
        var prior = await DiscretionLookup.PriorGrantsAsync(db, requesterId, gesture, reference, now, ct);
        var route = await DiscretionLookup.ApprovalRouteAsync(db, requesterId, options.ApprovalTime, now, ct);
        var decision = GrantRules.DecideGrant(limits, prior, grantRequest, route, now);

        var id = Guid.CreateVersion7();
        var actor = Actor.From(user);
        if (decision is not NeedsApproval needs)
        {
            var granted = GestureGrant.Record(id, grantRequest, reason, limits, decision, null, now);
            db.Set<GestureGrant>().Add(granted);
            await db.RecordAsync(actor, now, Subject(id), AuditEventType.GestureGranted, null, Snapshot(granted), reason, ct);
            await db.SaveChangesAsync(ct);
            Publish(live, granted);
            return (await GrantView.ViewsAsync(db, [granted], ct))[0];
        }

        var what = $"Approve {DiscretionText.Gesture(gesture)} of {Money.Format(amount, currency)} for {requester.DisplayName} "
                   + $"({reference.Kind} {reference.Id}): {reason} — {needs.Why}";
        var approver = await CommitmentWork.PersonAsync(db, needs.ApproverId, "approver", ct);
        var created = Commitment.Create(
            new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.Approval, Promisee.Person(requesterId), needs.Deadline, Shorten(what)),
            approver, requesterId, now);
        var pending = GestureGrant.Record(id, grantRequest, reason, limits, decision, created.Commitment.Id, now);
        db.Commitments.Add(created.Commitment);
        db.Set<GestureGrant>().Add(pending);
        await db.RecordAsync(actor, now, Subject(id), AuditEventType.GestureApprovalRequested, null, Snapshot(pending), reason, ct);
        // One transaction: the commitment's audit, notification and timers (due, reminders; overdue escalation follows) with the grant.
        await CommitmentWork.SaveAsync(db, live, user, now, created.Effects, [created.Commitment], ct);
        Publish(live, pending);
        return (await GrantView.ViewsAsync(db, [pending], ct))[0];
    }

    public static string Subject(Guid grantId) => AuditTrail.SubjectOf("grant", grantId);

    public static object Snapshot(GestureGrant g) => new
    {
        g.RequesterId, Gesture = g.Gesture.ToString(), g.Amount, g.Currency, ReferenceKind = g.ReferenceKind.ToString(), g.ReferenceId,
        Status = g.Status.ToString(), g.DecisionWhy, g.PerInteractionLimit, g.RollingWeekLimit, g.ApproverId, g.ApprovalCommitmentId,
        g.ApprovalDue, g.DecidedById, g.DecisionNote,
    };

    /// <summary>Tells open Grants pages, Desks and Boards after the commit.</summary>
    public static void Publish(LiveUpdates live, GestureGrant grant) =>
        live.Publish(new LiveChange("grant", grant.Id, new[] { grant.RequesterId, grant.ApproverId ?? Guid.Empty, grant.DecidedById ?? Guid.Empty }
            .Where(p => p != Guid.Empty).Distinct().ToList()));

    /// <summary>A customer, case or commitment is named by its id and must exist; an interaction id comes from telephony and is taken as given.</summary>
    private static async Task RequireReferenceAsync(BatonDb db, GrantReference reference, CancellationToken ct)
    {
        if (reference.Kind == GrantReferenceKind.Interaction)
        {
            return;
        }
        var exists = Guid.TryParse(reference.Id, out var id) && reference.Kind switch
        {
            GrantReferenceKind.Customer => await db.Customers.AnyAsync(c => c.Id == id, ct),
            GrantReferenceKind.Case => await db.Cases.AnyAsync(c => c.Id == id, ct),
            _ => await db.Commitments.AnyAsync(c => c.Id == id, ct),
        };
        if (!exists)
        {
            throw new DomainException("referenceId", $"There is no {reference.Kind.ToString().ToLowerInvariant()} with this id.");
        }
    }

    private static string Shorten(string text) =>
        text.Length <= CommitmentRules.MaxWhatLength ? text : string.Concat(text.AsSpan(0, CommitmentRules.MaxWhatLength - 1), "…");
}

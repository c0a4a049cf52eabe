using System.Globalization;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Coaching;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// When a receiver's anonymous feedback of a month reaches three distinct givers, it becomes visible: a group row is opened,
/// the receiver is told and owes a response (a FollowUp commitment owed to the receiver's own lead, who holds them to it on
/// behalf of the anonymous givers). Everything is done as Baton itself, so the giver who tipped it over is recorded nowhere.
/// </summary>
public static class AnonymousFeedbackVisibility
{
    /// <summary>Stages the group and its commitment on the unit of work when the new feedback makes the aggregate visible; returns the commitment.</summary>
    public static async Task<Commitment?> OpenIfVisibleAsync(BatonDb db, AnonymousFeedback added, DateTime now, CancellationToken ct)
    {
        var target = added.Target;
        if (await db.AnonymousFeedbackGroups.AnyAsync(g => g.TargetKey == target.Key && g.PeriodStart == added.PeriodStart, ct))
        {
            return null;
        }
        var stored = await db.AnonymousFeedback.AsNoTracking()
            .Where(f => f.TargetKind == added.TargetKind && f.TargetId == added.TargetId && f.PeriodStart == added.PeriodStart).ToListAsync(ct);
        var aggregate = AnonymousAggregation.For(target, added.PeriodStart, [.. stored.Select(f => f.Fact), added.Fact]);
        if (aggregate is null)
        {
            return null;
        }

        var receiver = await FeedbackReceivers.ReceiverAsync(db, target, now, ct);
        var promisee = await CoachingWork.LeadOfAsync(db, receiver, ct);
        var names = await FeedbackReceivers.NamesAsync(db, ct);
        var month = added.PeriodStart.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        Commitment? commitment = null;
        var groupId = Guid.CreateVersion7();
        if (promisee is { } lead)
        {
            var draft = new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.FollowUp, Promisee.Person(lead), now + FeedbackRules.ResponseWindow,
                string.Create(CultureInfo.InvariantCulture,
                    $"Respond to the anonymous feedback {aggregate.Givers} people gave {names(target.Kind, target.Id)} in {month}"));
            // Created in the receiver's own name, as nobody else may appear to have set it off.
            var created = Commitment.Create(draft, new OwnerInfo(receiver, true), receiver, now);
            commitment = created.Commitment;
            db.Commitments.Add(commitment);
            await CommitmentWork.RecordAsync(db, Actor.System, now, created.Effects, ct);
            await CommitmentTimers.RescheduleAsync(db, commitment, now, ct);
        }
        var group = AnonymousFeedbackGroup.Open(groupId, aggregate, receiver, commitment?.Id, now);
        db.AnonymousFeedbackGroups.Add(group);
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), receiver, commitment?.Id, string.Create(CultureInfo.InvariantCulture,
            $"Anonymous feedback from {aggregate.Givers} people for {names(target.Kind, target.Id)} ({month}) is ready to read; please respond."), now));
        await db.RecordAsync(Actor.System, now, AuditTrail.SubjectOf("anonymous-feedback-group", group.Id), AuditEventType.AnonymousFeedbackVisible, null,
            new { TargetKind = target.Kind.ToString(), target.Id, group.PeriodStart, group.ReceiverId, aggregate.Givers, group.ResponseCommitmentId }, null, ct);
        return commitment;
    }
}

using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// POST /api/v1/feedback {targetKind: Person|Department|Leadership, targetId, theme, text, anonymous, itemKind?, itemId?}.
/// Named feedback → 201: its receiver gets a FollowUp commitment to respond, owed to the giver. Anonymous feedback → 202 with
/// nothing traceable: it is stored without the giver (see <see cref="AnonymityKey"/>) and becomes visible, as an aggregate,
/// once at least three people gave the same receiver feedback in the month (<see cref="AnonymousFeedbackVisibility"/>).
/// </summary>
public static class GiveFeedback
{
    public sealed record Request(FeedbackTargetKind? TargetKind, Guid? TargetId, FeedbackTheme? Theme, string? Text, bool? Anonymous = false,
        FeedbackItemKind? ItemKind = null, Guid? ItemId = null);

    public const string AnonymousThanks =
        "Thank you. Anonymous feedback is shown to its receiver only once at least three people have given them some this month, and it never names you.";

    public static async Task<Results<Created<FeedbackView>, Accepted<AnonymousReceipt>>> Handle(Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, AnonymityKey anonymity, CancellationToken ct)
    {
        if (request.Anonymous == true)
        {
            await GiveAnonymouslyAsync(request, user, db, time, live, anonymity, ct);
            return TypedResults.Accepted((string?)null, new AnonymousReceipt(AnonymousThanks));
        }
        var view = await GiveNamedAsync(request, user, db, time, live, ct);
        return TypedResults.Created($"/api/v1/feedback/{view.Id}", view);
    }

    public static async Task<FeedbackView> GiveNamedAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, LiveUpdates live,
        CancellationToken ct)
    {
        var giver = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var target = FeedbackTarget.Require(request.TargetKind, request.TargetId);
        await FeedbackReceivers.RequireExistsAsync(db, target, ct);
        var (itemKind, itemId) = FeedbackRules.RequireItem(request.ItemKind, request.ItemId, anonymous: false);
        await RequireItemExistsAsync(db, itemKind, itemId, ct);
        var receiver = await FeedbackReceivers.ReceiverAsync(db, target, now, ct);
        var entry = FeedbackEntry.Give(Guid.CreateVersion7(), giver, target, receiver, request.Theme, request.Text, itemKind, itemId,
            Guid.CreateVersion7(), now);

        var giverName = await db.People.AsNoTracking().Where(p => p.Id == giver).Select(p => p.DisplayName).FirstAsync(ct);
        // FollowUp, not Request: a Request is a promise the owner made and the requester logged, waiting for the owner's
        // acknowledgement; here nobody promised anything yet — Baton's rule obliges the receiver to get back to the giver.
        var draft = new CommitmentDraft(entry.ResponseCommitmentId, CommitmentKind.FollowUp, Promisee.Person(giver), entry.RespondBy,
            Shorten($"Respond to {giverName}'s feedback ({entry.Theme}): “{entry.Text}”"));
        var created = Commitment.Create(draft, new OwnerInfo(receiver, true), giver, now);
        db.FeedbackEntries.Add(entry);
        db.Commitments.Add(created.Commitment);
        // The text stays out of the audit trail (leads read it); the trail records who gave what kind of feedback to whom.
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("feedback", entry.Id), AuditEventType.FeedbackGiven, null, new
        {
            entry.GiverId, TargetKind = entry.TargetKind.ToString(), entry.TargetId, entry.ReceiverId, Theme = entry.Theme.ToString(),
            ItemKind = entry.ItemKind?.ToString(), entry.ItemId, entry.RespondBy, entry.ResponseCommitmentId,
        }, null, ct);
        await CommitmentWork.SaveAsync(db, live, user, now, created.Effects, [created.Commitment], ct);
        return (await FeedbackViews.ViewsAsync(db, [entry], ct))[0];
    }

    public static async Task GiveAnonymouslyAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, LiveUpdates live,
        AnonymityKey anonymity, CancellationToken ct)
    {
        var giver = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var target = FeedbackTarget.Require(request.TargetKind, request.TargetId);
        await FeedbackReceivers.RequireExistsAsync(db, target, ct);
        FeedbackRules.RequireItem(request.ItemKind, request.ItemId, anonymous: true);
        if (target.Kind == FeedbackTargetKind.Person && target.Id == giver)
        {
            throw new DomainException("targetId", "Feedback goes to someone else.");
        }
        var period = FeedbackRules.PeriodOf(now);
        var key = await anonymity.GiverKeyAsync(giver, target, period, ct);
        // A random id, not a time-ordered one: the row must not tell when it was written.
        var feedback = AnonymousFeedback.Give(Guid.NewGuid(), target, key, request.Theme, request.Text, now);
        db.AnonymousFeedback.Add(feedback);
        // The trail notes that anonymous feedback arrived, under a subject of its own, without giver, receiver or text.
        await db.RecordAsync(new Actor(null, "anonymous"), now, AuditTrail.SubjectOf("anonymous-feedback", Guid.NewGuid()),
            AuditEventType.AnonymousFeedbackGiven, null, null, null, ct);
        var opened = await AnonymousFeedbackVisibility.OpenIfVisibleAsync(db, feedback, now, ct);
        await db.SaveChangesAsync(ct);
        if (opened is { } commitment)
        {
            live.Publish(new LiveChange("commitment", commitment.Id, [commitment.OwnerId]));
        }
    }

    private static async Task RequireItemExistsAsync(BatonDb db, FeedbackItemKind? kind, Guid? id, CancellationToken ct)
    {
        if (kind is not { } itemKind)
        {
            return;
        }
        var exists = itemKind switch
        {
            FeedbackItemKind.Commitment => await db.Commitments.AnyAsync(c => c.Id == id, ct),
            FeedbackItemKind.Case => await db.Cases.AnyAsync(c => c.Id == id, ct),
            // Interactions are recorded by telephony; the id is kept as given.
            FeedbackItemKind.Interaction => true,
        };
        if (!exists)
        {
            throw new DomainException("itemId", $"There is no {itemKind.ToString().ToLowerInvariant()} with this id.");
        }
    }

    private static string Shorten(string text) =>
        text.Length <= CommitmentRules.MaxWhatLength ? text : string.Concat(text.AsSpan(0, CommitmentRules.MaxWhatLength - 1), "…");
}

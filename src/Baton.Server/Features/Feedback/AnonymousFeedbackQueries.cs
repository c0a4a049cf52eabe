using System.Security.Claims;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// GET /api/v1/feedback/anonymous: the visible aggregates the signed-in person may read (see
/// <see cref="FeedbackReceivers.MayReadAggregateAsync"/>), newest month first. Below three distinct givers there is no group,
/// so nothing at all is returned — for every role, admins included. GET /api/v1/feedback/anonymous/responses: the
/// receivers' responses to aggregates the signed-in person contributed to, recognised by their keyed hash.
/// </summary>
public static class AnonymousFeedbackQueries
{
    public static async Task<Ok<List<AnonymousAggregateView>>> List(ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await VisibleAsync(db, CommitmentWork.RequirePerson(user), ct));

    public static async Task<Ok<List<AnonymousResponseView>>> Responses(ClaimsPrincipal user, BatonDb db, AnonymityKey anonymity, CancellationToken ct) =>
        TypedResults.Ok(await ResponsesAsync(db, anonymity, CommitmentWork.RequirePerson(user), ct));

    public static async Task<List<AnonymousAggregateView>> VisibleAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var readable = new List<AnonymousFeedbackGroup>();
        foreach (var group in await db.AnonymousFeedbackGroups.AsNoTracking().ToListAsync(ct))
        {
            if (await FeedbackReceivers.MayReadAggregateAsync(db, personId, group, ct))
            {
                readable.Add(group);
            }
        }
        return await ViewsAsync(db, readable, ct);
    }

    public static async Task<List<AnonymousResponseView>> ResponsesAsync(BatonDb db, AnonymityKey anonymity, Guid personId, CancellationToken ct)
    {
        var names = await FeedbackReceivers.NamesAsync(db, ct);
        var mine = new List<AnonymousResponseView>();
        foreach (var group in await db.AnonymousFeedbackGroups.AsNoTracking().OrderByDescending(g => g.PeriodStart).ToListAsync(ct))
        {
            var key = await anonymity.GiverKeyAsync(personId, group.Target, group.PeriodStart, ct);
            if (await db.AnonymousFeedback.AnyAsync(f => f.GiverKey == key && f.TargetKind == group.TargetKind && f.TargetId == group.TargetId
                    && f.PeriodStart == group.PeriodStart, ct))
            {
                mine.Add(new AnonymousResponseView(group.Id, group.TargetKind, group.TargetId, names(group.TargetKind, group.TargetId), group.PeriodStart,
                    names(FeedbackTargetKind.Person, group.ReceiverId), group.Response, group.RespondedAt));
            }
        }
        return mine;
    }

    /// <summary>The aggregates of open groups; a group whose facts no longer reach the threshold shows nothing (never a partial count).</summary>
    public static async Task<List<AnonymousAggregateView>> ViewsAsync(BatonDb db, IReadOnlyCollection<AnonymousFeedbackGroup> groups, CancellationToken ct)
    {
        var names = await FeedbackReceivers.NamesAsync(db, ct);
        var views = new List<AnonymousAggregateView>();
        foreach (var group in groups.OrderByDescending(g => g.PeriodStart).ThenBy(g => g.TargetKey, StringComparer.Ordinal))
        {
            var facts = await db.AnonymousFeedback.AsNoTracking()
                .Where(f => f.TargetKind == group.TargetKind && f.TargetId == group.TargetId && f.PeriodStart == group.PeriodStart)
                .ToListAsync(ct);
            if (AnonymousAggregation.For(group.Target, group.PeriodStart, facts.Select(f => f.Fact)) is not { } aggregate)
            {
                continue;
            }
            views.Add(new AnonymousAggregateView(group.Id, group.TargetKind, group.TargetId, names(group.TargetKind, group.TargetId), group.PeriodStart,
                aggregate.Givers, aggregate.Items, aggregate.Themes, aggregate.Texts, group.ReceiverId, names(FeedbackTargetKind.Person, group.ReceiverId),
                group.RespondBy, group.ResponseCommitmentId, group.Response, group.RespondedAt));
        }
        return views;
    }
}

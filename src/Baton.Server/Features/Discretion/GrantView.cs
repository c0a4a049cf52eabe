using Baton.Core.Discretion;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>How a grant is shown: with the requester's, approver's and decider's names resolved.</summary>
public sealed record GrantView(
    Guid Id, Guid RequesterId, string RequesterName, GestureType Gesture, decimal Amount, string Currency,
    GrantReferenceKind ReferenceKind, string ReferenceId, string Reason, DateTime RequestedAt, GrantStatus Status, string DecisionWhy,
    decimal? PerInteractionLimit, decimal? RollingWeekLimit, Guid? ApproverId, string? ApproverName, Guid? ApprovalCommitmentId,
    DateTime? ApprovalDue, Guid? DecidedById, string? DecidedByName, DateTime? DecidedAt, string? DecisionNote)
{
    public static async Task<List<GrantView>> ViewsAsync(BatonDb db, IReadOnlyCollection<GestureGrant> grants, CancellationToken ct)
    {
        var ids = grants.SelectMany(g => new[] { g.RequesterId, g.ApproverId ?? Guid.Empty, g.DecidedById ?? Guid.Empty }).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        string? Name(Guid? id) => id is { } value ? names.GetValueOrDefault(value, "unknown") : null;
        return grants.Select(g => new GrantView(g.Id, g.RequesterId, Name(g.RequesterId)!, g.Gesture, g.Amount, g.Currency, g.ReferenceKind,
                g.ReferenceId, g.Reason, g.RequestedAt, g.Status, g.DecisionWhy, g.PerInteractionLimit, g.RollingWeekLimit, g.ApproverId,
                Name(g.ApproverId), g.ApprovalCommitmentId, g.ApprovalDue, g.DecidedById, Name(g.DecidedById), g.DecidedAt, g.DecisionNote))
            .ToList();
    }
}

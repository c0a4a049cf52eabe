using Baton.Core.Commitments;

namespace Baton.Core.Discretion;

/// <summary>
/// One gesture a person granted or asked to grant: granted at once within their limits, or pending until the approver
/// (or anyone else with authority over the requester, never the requester) approves or declines it.
/// </summary>
public sealed class GestureGrant
{
    public const int MaxReasonLength = 1000;

    private GestureGrant() { }

    public Guid Id { get; private set; }
    public Guid RequesterId { get; private set; }
    public GestureType Gesture { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public GrantReferenceKind ReferenceKind { get; private set; }
    public string ReferenceId { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public GrantStatus Status { get; private set; }
    /// <summary>Why it was granted at once or sent for approval, as told to the requester.</summary>
    public string DecisionWhy { get; private set; } = "";
    /// <summary>The limits that applied when it was asked for; null without a policy.</summary>
    public decimal? PerInteractionLimit { get; private set; }
    public decimal? RollingWeekLimit { get; private set; }
    public Guid? ApproverId { get; private set; }
    public Guid? ApprovalCommitmentId { get; private set; }
    public DateTime? ApprovalDue { get; private set; }
    public Guid? DecidedById { get; private set; }
    public DateTime? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }
    /// <summary>Incremented by every change; the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public GrantReference Reference => new(ReferenceKind, ReferenceId);

    /// <summary>Granted within the limits, or approved above them: the customer gets it.</summary>
    public bool IsGiven => Status is GrantStatus.Granted or GrantStatus.Approved;

    /// <summary>Records a request as decided: granted at once, or pending on the Approval commitment made for it.</summary>
    public static GestureGrant Record(Guid id, GrantRequest request, string? reason, EffectiveLimits? limits, GrantDecision decision,
        Guid? approvalCommitmentId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decision);
        CommitmentRules.RequireId(id, "id");
        CommitmentRules.RequireId(request.RequesterId, "requesterId");
        var why = CommitmentRules.RequireText(reason, "reason", MaxReasonLength, "A reason for the gesture");
        var grant = new GestureGrant
        {
            Id = id,
            RequesterId = request.RequesterId,
            Gesture = request.Gesture,
            Amount = Money.RequireAmount(request.Amount, "amount"),
            Currency = Money.RequireCurrency(request.Currency),
            ReferenceKind = request.Reference.Kind,
            ReferenceId = request.Reference.Id,
            Reason = why,
            RequestedAt = Instants.Normalize(now),
            DecisionWhy = decision.Why,
            PerInteractionLimit = limits?.PerInteraction,
            RollingWeekLimit = limits?.RollingWeek,
            Version = 1,
        };
        switch (decision)
        {
            case ApprovedAtOnce:
                grant.Status = GrantStatus.Granted;
                grant.DecidedById = request.RequesterId;
                grant.DecidedAt = grant.RequestedAt;
                break;
            case NeedsApproval needs:
                grant.Status = GrantStatus.Pending;
                grant.ApproverId = needs.ApproverId;
                grant.ApprovalDue = needs.Deadline;
                grant.ApprovalCommitmentId = CommitmentRules.RequireId(approvalCommitmentId ?? Guid.Empty, "approvalCommitmentId");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(decision));
        }
        return grant;
    }

    /// <summary>The approver, or anyone else with authority over the requester, approves it; never the requester.</summary>
    public void Approve(Guid actorId, bool actorHasAuthority, string? note, DateTime now)
    {
        RequireDecider(actorId, actorHasAuthority);
        var text = CommitmentRules.OptionalText(note, "note", MaxReasonLength);
        RequirePending();
        Decide(GrantStatus.Approved, actorId, text, now);
    }

    /// <summary>Declines it with a reason the requester is told; the same people as for approving may.</summary>
    public void Decline(Guid actorId, bool actorHasAuthority, string? reason, DateTime now)
    {
        RequireDecider(actorId, actorHasAuthority);
        var text = CommitmentRules.RequireText(reason, "reason", MaxReasonLength, "A reason for declining");
        RequirePending();
        Decide(GrantStatus.Declined, actorId, text, now);
    }

    private void RequireDecider(Guid actorId, bool actorHasAuthority)
    {
        CommitmentRules.RequireId(actorId, "actorId");
        if (actorId == RequesterId)
        {
            throw new NotPermittedException("actorId", "Nobody approves their own request: the approver or a lead decides it.");
        }
        if (!actorHasAuthority)
        {
            throw new NotPermittedException("actorId", "Only the approver or someone who leads the requester can decide this request.");
        }
    }

    private void RequirePending()
    {
        if (Status != GrantStatus.Pending)
        {
            throw new ConflictException("status", $"This request is not waiting for a decision: it is {Status}.");
        }
    }

    private void Decide(GrantStatus status, Guid actorId, string? note, DateTime now)
    {
        Status = status;
        DecidedById = actorId;
        DecidedAt = Instants.Normalize(now);
        DecisionNote = note;
        Version++;
    }
}

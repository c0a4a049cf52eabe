using Baton.Core.Audit;
using Baton.Core.Commitments;

namespace Baton.Core.Tests.Commitments;

/// <summary>
/// Applies random steps to a pool of people and their commitments, the way the server would,
/// and checks after every step that the invariants hold and that refusals changed nothing.
/// </summary>
internal sealed class CommitmentModel
{
    private static readonly AuditEventType[] CustodyEvents =
    [
        AuditEventType.CommitmentCreated, AuditEventType.CommitmentTransferred,
        AuditEventType.CommitmentHandedOff, AuditEventType.CommitmentRejected, AuditEventType.CommitmentHandedOverAtShiftEnd,
    ];

    private readonly Dictionary<Guid, bool> _active = ModelPeople.Ids.ToDictionary(id => id, _ => true);
    private readonly List<Commitment> _commitments = [];
    private readonly Dictionary<Guid, (Outcome? Outcome, DateTime? ClosedAt, string Reason)> _closed = [];
    private DateTime _now = new(2025, 3, 10, 7, 0, 0, DateTimeKind.Utc);
    private int _nextId = 1;

    public IReadOnlyList<Commitment> Commitments => _commitments;
    public int Refusals { get; private set; }

    public static void Run(IEnumerable<ModelStep> steps)
    {
        var model = new CommitmentModel();
        foreach (var step in steps)
        {
            model.Apply(step);
            model.AssertInvariants();
        }
    }

    public void Apply(ModelStep step)
    {
        _now = _now.AddMinutes(step.ClockMinutes);
        switch (step.Action)
        {
            case ModelAction.Create:
            case ModelAction.LogRequest:
            case ModelAction.CreateHandoff:
                Make(step);
                break;
            case ModelAction.Deactivate:
                Deactivate(ModelPeople.At(step.Other));
                break;
            case ModelAction.Reactivate:
                _active[ModelPeople.At(step.Other)] = true;
                break;
            default:
                if (_commitments.Count > 0)
                {
                    Change(_commitments[^(1 + Math.Max(0, step.Target - 8) % _commitments.Count)], step);
                }
                break;
        }
    }

    public void AssertInvariants()
    {
        foreach (var c in _commitments)
        {
            CommitmentInvariants.Hold(c, id => _active[id]);
            // Nothing closes twice: once closed, the outcome and closing time never change.
            if (c.IsClosed)
            {
                var closed = (c.Outcome, c.ClosedAt, c.OutcomeReason ?? "");
                if (!_closed.TryAdd(c.Id, closed))
                {
                    Assert.Equal(_closed[c.Id], closed);
                }
            }
            else
            {
                Assert.False(_closed.ContainsKey(c.Id), $"{c.Id} reopened.");
            }
        }
    }

    private Guid NewId() => new(_nextId++, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    private OwnerInfo Info(Guid person) => new(person, _active[person]);

    private static bool IsLead(Guid actor) => actor == ModelPeople.Lead;

    private void Make(ModelStep step)
    {
        var actor = ModelPeople.At(step.Actor);
        var other = ModelPeople.At(step.Other);
        var due = _now.AddMinutes(step.Minutes);
        var what = step.Choice == 0 ? " " : "Call back about the refund";
        CommitmentResult result;
        try
        {
            result = step.Action switch
            {
                ModelAction.Create => Commitment.Create(
                    new CommitmentDraft(NewId(), MadeKinds[step.Choice % MadeKinds.Length],
                        step.Choice % 3 == 0 ? Promisee.Person(actor) : Promisee.Customer(People.Customer), due, what),
                    Info(other), actor, _now),
                ModelAction.LogRequest => Commitment.LogRequest(NewId(), Info(other), actor, due, what, actor, _now),
                _ => Commitment.CreateHandoff(
                    new CommitmentDraft(NewId(), CommitmentKind.Handoff, Promisee.Customer(People.Customer), due, what),
                    Info(actor), People.Finance, Info(other), null, _now),
            };
        }
        catch (DomainException)
        {
            Refusals++;
            return;
        }
        var made = result.Commitment;
        Assert.True(_active[made.OwnerId], "A commitment was made for an inactive owner.");
        AssertAudited(made, version: 0, custody: 0, result.Effects);
        _commitments.Add(made);
    }

    private static readonly CommitmentKind[] MadeKinds =
    [
        CommitmentKind.Callback, CommitmentKind.Callback, CommitmentKind.Callback,
        CommitmentKind.FollowUp, CommitmentKind.Escalation, CommitmentKind.Approval, CommitmentKind.ActionItem,
    ];

    private void Change(Commitment c, ModelStep step)
    {
        var actor = step.Actor < ModelPeople.Count ? ModelPeople.At(step.Actor) : c.OwnerId;
        var other = ModelPeople.At(step.Other);
        var lead = IsLead(actor);
        var before = CommitmentSnapshot.Of(c);
        var (version, custody, owner, status, outcome) = (c.Version, c.Custody.Count, c.OwnerId, c.Status, c.Outcome);
        var policy = step.Choice % 2 == 0 ? AttemptPolicy.For(c.Kind) with { RequiresLeadSignOff = true } : AttemptPolicy.For(c.Kind);
        CommitmentEffects effects;
        try
        {
            effects = step.Action switch
            {
                ModelAction.Transfer => c.Transfer(Info(other), (CustodyReason)(step.Choice % 7), actor, null, lead, _now),
                ModelAction.HandOff => c.HandOff(People.Finance, Info(other), actor, "Please take over", lead, _now),
                ModelAction.Accept => c.Accept(actor, _now),
                ModelAction.AcceptAsMember => c.AcceptAsMember(Info(actor), isMemberOfReceivingDepartment: step.Choice % 3 != 0, _now),
                ModelAction.Reject => c.Reject(Info(c.HandedOffById ?? other), step.Choice == 0 ? "" : "Not ours", actor, lead, _now),
                ModelAction.Attempt => c.RecordAttempt(Channel(step.Choice), Result(Channel(step.Choice), step.Minutes), null, actor, lead, _now).Effects,
                ModelAction.FollowSuggestion => FollowSuggestion(c, actor, lead),
                ModelAction.Close => c.Close((Outcome)(step.Choice % 5), step.Minutes % 3 == 0 ? null : "Because",
                    step.Minutes % 2 == 0 ? "The customer" : null, actor, lead, _now),
                ModelAction.CloseUnreachable => c.CloseUnreachable(null, actor, lead,
                    step.Minutes % 3 == 0 ? null : new SignOff(other, IsLead(other)), _now, policy),
                ModelAction.Renegotiate => Renegotiate(c, step, actor, lead),
                ModelAction.Comment => c.Comment(step.Choice == 0 ? "" : "Noted", actor, _now),
                ModelAction.CustomerMessage => c.RecordCustomerMessage(step.Choice == 0 ? "" : "Thanks, all sorted!", null, _now),
                ModelAction.AddWatcher => c.AddWatcher(other, actor, _now),
                ModelAction.RemoveWatcher => c.RemoveWatcher(other, actor, _now),
                ModelAction.MarkOverdue => c.MarkOverdue(_now, ModelPeople.Lead),
                ModelAction.ShiftHandover => c.HandOverAtShiftEnd(Info(other), step.Choice == 0 ? " " : "Shift handover: my shift ends", _now),
                ModelAction.FlagOrphanRisk => c.FlagOrphanRisk(step.Choice == 0 ? "" : "Nobody on shift before it is due", ModelPeople.Lead, _now),
                _ => throw new InvalidOperationException($"{step.Action} does not change a commitment."),
            };
        }
        catch (DomainException)
        {
            Refusals++;
            Assert.Equal(before, CommitmentSnapshot.Of(c));
            return;
        }

        AssertAudited(c, version, custody, effects);
        if (c.Version == version)
        {
            // Nothing to do (already watching, already overdue, policy already met): nothing may have changed.
            Assert.Equal(before, CommitmentSnapshot.Of(c));
            return;
        }
        switch (step.Action)
        {
            case ModelAction.Transfer or ModelAction.HandOff or ModelAction.Reject or ModelAction.Attempt or ModelAction.FollowSuggestion
                or ModelAction.Close or ModelAction.CloseUnreachable or ModelAction.Renegotiate:
                Assert.True(actor == owner || lead, $"{step.Action} by {actor}, neither owner {owner} nor lead.");
                if (step.Action == ModelAction.CloseUnreachable && policy.RequiresLeadSignOff)
                {
                    Assert.True(c.SignedOffById is { } by && IsLead(by), "Closed unreachable without the lead sign-off its policy needs.");
                }
                break;
            case ModelAction.Accept:
                Assert.Equal(owner, actor);
                break;
            case ModelAction.AcceptAsMember:
                // Whoever accepted now holds it, and only a department member may have taken it from someone else.
                Assert.Equal(actor, c.OwnerId);
                Assert.True(actor == owner || step.Choice % 3 != 0, "A non-member took over a hand-off.");
                Assert.False(c.AwaitingAcceptance);
                break;
            case ModelAction.ShiftHandover:
                // The leaving owner passes it; the receiver must acknowledge it.
                Assert.Equal((CustodyReason.ShiftHandover, owner, owner), (c.Custody[^1].Reason, c.Custody[^1].FromId!.Value, c.Custody[^1].ActorId));
                Assert.True(c.AwaitingAcceptance);
                Assert.False(c.IsOrphanRisk);
                break;
            case ModelAction.FlagOrphanRisk:
                Assert.True(c.IsOrphanRisk);
                Assert.Equal(owner, c.OwnerId);
                break;
            case ModelAction.CustomerMessage:
                // Invariant 9: a customer's message never changes status or outcome.
                Assert.Equal((status, outcome, owner), (c.Status, c.Outcome, c.OwnerId));
                break;
            default:
                break;
        }
    }

    /// <summary>Waits until the policy's suggested instant, then calls (no answer) or, if only that is missing, sends the SMS.</summary>
    private CommitmentEffects FollowSuggestion(Commitment c, Guid actor, bool lead)
    {
        var policy = AttemptPolicy.For(c.Kind);
        if (policy.NextAttemptAt(c.Attempts, _now) is not { } next)
        {
            return CommitmentEffects.None;
        }
        var onlyNoticeMissing = policy.Evaluate(c.Attempts).Unmet.All(u => u.StartsWith("no email or SMS", StringComparison.Ordinal));
        // The clock only moves forward, and only if the attempt will be accepted, so a refusal changes nothing.
        var at = next > _now && !c.IsClosed && !c.AwaitingAcceptance && (actor == c.OwnerId || lead) ? next : _now;
        var recorded = onlyNoticeMissing
            ? c.RecordAttempt(AttemptChannel.Sms, AttemptResult.Sent, "We tried to reach you", actor, lead, at)
            : c.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, actor, lead, at);
        _now = at;
        return recorded.Effects;
    }

    private CommitmentEffects Renegotiate(Commitment c, ModelStep step, Guid actor, bool lead)
    {
        var (next, effects) = c.Renegotiate(NewId(), _now.AddMinutes(step.Minutes), step.Choice == 0 ? "" : "The customer agreed", actor, lead, _now);
        Assert.Equal(c.Id, next.RenegotiatedFromId);
        Assert.Equal(next.Id, c.RenegotiatedToId);
        AssertAudited(next, version: 0, custody: 0, new CommitmentEffects([], [.. effects.Audit.Where(a => a.CommitmentId == next.Id)]));
        _commitments.Add(next);
        return new CommitmentEffects(effects.Notifications, [.. effects.Audit.Where(a => a.CommitmentId == c.Id)]);
    }

    /// <summary>
    /// The system rule behind invariant 1: before a person is deactivated, their lead moves every open commitment
    /// they own to an active colleague; with nobody to take them, the deactivation is refused.
    /// </summary>
    private void Deactivate(Guid person)
    {
        var owned = _commitments.Where(c => !c.IsClosed && c.OwnerId == person).ToList();
        var moves = owned.Select(c => (Commitment: c, To: ModelPeople.Ids.FirstOrDefault(id => CanTakeOver(c, id, person)))).ToList();
        if (moves.Any(m => m.To == Guid.Empty))
        {
            Refusals++;
            return;
        }
        foreach (var (c, to) in moves)
        {
            var custody = c.Custody.Count;
            var version = c.Version;
            var effects = c.Transfer(Info(to), CustodyReason.Reassigned, ModelPeople.Lead, "Owner leaving", actorIsLeadOfOwner: true, _now);
            AssertAudited(c, version, custody, effects);
        }
        _active[person] = false;
    }

    /// <summary>An active colleague who is neither the pending hand-off's sender nor the promisee.</summary>
    private bool CanTakeOver(Commitment c, Guid candidate, Guid leaving) =>
        candidate != leaving && _active[candidate] && candidate != c.HandedOffById
        && !(c.Promisee.Kind == PromiseeKind.Person && c.Promisee.Id == candidate);

    /// <summary>Every change is audited: one audit entry per version step, and one custody event per custody link added.</summary>
    private static void AssertAudited(Commitment c, int version, int custody, CommitmentEffects effects)
    {
        var mine = effects.Audit.Where(a => a.CommitmentId == c.Id).ToList();
        Assert.Equal(c.Version - version, mine.Count);
        Assert.Equal(c.Custody.Count - custody, mine.Count(a => CustodyEvents.Contains(a.Type)));
        Assert.All(effects.Notifications, n => Assert.NotEqual(Guid.Empty, n.PersonId));
    }

    /// <summary>Mostly a result the channel allows; sometimes any result, to exercise the refusal.</summary>
    private static AttemptResult Result(AttemptChannel channel, int minutes)
    {
        var any = Enum.GetValues<AttemptResult>();
        var allowed = any.Where(r => Attempt.Allows(channel, r)).ToArray();
        var pick = Math.Abs(minutes);
        return pick % 7 == 0 ? any[pick % any.Length] : allowed[pick % allowed.Length];
    }

    private static AttemptChannel Channel(int choice) => choice switch
    {
        <= 5 => AttemptChannel.Phone,
        6 or 7 => AttemptChannel.Sms,
        8 => AttemptChannel.Email,
        _ => AttemptChannel.Chat,
    };
}

using Baton.Core.Commitments;
using Microsoft.Extensions.Time.Testing;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

/// <summary>A clock and ready-made commitments in typical states for the unit tests.</summary>
internal sealed class CommitmentScenario
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    public DateTime Now => Instants.FromTimeProvider(Time);

    public DateTime In(TimeSpan span) => Now + span;

    public void Advance(TimeSpan span) => Time.Advance(span);

    public CommitmentDraft Draft(CommitmentKind kind = CommitmentKind.Callback, TimeSpan? dueIn = null, string what = "Call back about the refund") =>
        new(Guid.NewGuid(), kind, Promisee.Customer(Customer), In(dueIn ?? TimeSpan.FromDays(2)), what);

    /// <summary>An open commitment owned by Alice, made by Alice.</summary>
    public Commitment Promise(CommitmentKind kind = CommitmentKind.Callback, TimeSpan? dueIn = null) =>
        Commitment.Create(Draft(kind, dueIn), Active(Alice), Alice, Now).Commitment;

    /// <summary>Alice handed it to Fran in Finance; Fran has not accepted yet.</summary>
    public Commitment HandedToFran()
    {
        var commitment = Promise(CommitmentKind.FollowUp);
        commitment.HandOff(Finance, Active(Fran), Alice, "Needs the bank details", actorIsLeadOfOwner: false, Now);
        return commitment;
    }

    /// <summary>Bob promised Alice something; Bob has not acknowledged it yet.</summary>
    public Commitment RequestToBob() =>
        Commitment.LogRequest(Guid.NewGuid(), Active(Bob), Alice, In(TimeSpan.FromDays(1)), "Send the new price list", Alice, Now).Commitment;

    /// <summary>Records attempts, advancing the clock before each one.</summary>
    public void Attempts(Commitment commitment, params (TimeSpan After, AttemptChannel Channel, AttemptResult Result)[] attempts)
    {
        foreach (var (after, channel, result) in attempts)
        {
            Advance(after);
            commitment.RecordAttempt(channel, result, null, commitment.OwnerId, actorIsLeadOfOwner: false, Now);
        }
    }

    /// <summary>Three failed calls spread over morning and afternoon, then an SMS: the default Callback policy is met.</summary>
    public void ExhaustCallbackPolicy(Commitment commitment) =>
        Attempts(commitment,
            (TimeSpan.Zero, AttemptChannel.Phone, AttemptResult.NoAnswer),
            (TimeSpan.FromHours(2), AttemptChannel.Phone, AttemptResult.Voicemail),
            (TimeSpan.FromHours(3), AttemptChannel.Phone, AttemptResult.NoAnswer),
            (TimeSpan.FromMinutes(1), AttemptChannel.Sms, AttemptResult.Sent));
}

using CsCheck;

namespace Baton.Core.Tests.Commitments;

/// <summary>What a random step of the model does.</summary>
internal enum ModelAction
{
    Create,
    LogRequest,
    CreateHandoff,
    Transfer,
    HandOff,
    Accept,
    /// <summary>Someone accepts a waiting hand-off as a member of the receiving department (or not).</summary>
    AcceptAsMember,
    Reject,
    Attempt,
    /// <summary>The owner makes the attempt the policy suggests next, when it suggests (the timers' behaviour).</summary>
    FollowSuggestion,
    Close,
    CloseUnreachable,
    Renegotiate,
    Comment,
    CustomerMessage,
    AddWatcher,
    RemoveWatcher,
    MarkOverdue,
    /// <summary>The owner's shift ends and the item passes to a colleague, who must acknowledge it.</summary>
    ShiftHandover,
    /// <summary>Nobody eligible is on shift before it is due.</summary>
    FlagOrphanRisk,
    Deactivate,
    Reactivate,
}

/// <summary>
/// One random step: an action, which commitment it targets, who acts, who else is involved, a free choice
/// (outcome, channel, reason…), a number of minutes (due offset, result…) and how far the clock moves first.
/// An Actor beyond the pool means "the target's owner", and half the Targets mean "the newest commitment",
/// so one commitment gets enough consecutive work to reach deep states (an exhausted callback policy).
/// </summary>
internal sealed record ModelStep(ModelAction Action, int Target, int Actor, int Other, int Choice, int Minutes, int ClockMinutes)
{
    // Weights: work on existing commitments dominates; people change status rarely.
    private static readonly ModelAction[] Weighted =
    [
        ModelAction.Create, ModelAction.Create,
        ModelAction.LogRequest, ModelAction.CreateHandoff,
        ModelAction.Transfer, ModelAction.Transfer,
        ModelAction.HandOff, ModelAction.HandOff,
        ModelAction.Accept, ModelAction.Accept, ModelAction.Accept, ModelAction.AcceptAsMember, ModelAction.AcceptAsMember,
        ModelAction.Reject, ModelAction.Reject,
        ModelAction.Attempt, ModelAction.Attempt, ModelAction.Attempt,
        ModelAction.FollowSuggestion, ModelAction.FollowSuggestion, ModelAction.FollowSuggestion,
        ModelAction.FollowSuggestion, ModelAction.FollowSuggestion, ModelAction.FollowSuggestion,
        ModelAction.Close, ModelAction.Close,
        ModelAction.CloseUnreachable, ModelAction.CloseUnreachable, ModelAction.CloseUnreachable, ModelAction.CloseUnreachable,
        ModelAction.Renegotiate,
        ModelAction.Comment, ModelAction.CustomerMessage, ModelAction.CustomerMessage,
        ModelAction.AddWatcher, ModelAction.RemoveWatcher,
        ModelAction.MarkOverdue, ModelAction.MarkOverdue,
        ModelAction.ShiftHandover, ModelAction.FlagOrphanRisk,
        ModelAction.Deactivate, ModelAction.Reactivate,
    ];

    public static readonly Gen<ModelStep> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Int[0, Weighted.Length - 1].Select(i => Weighted[i]),
        CsCheck.Gen.Int[0, 15],
        CsCheck.Gen.Int[0, ModelPeople.Count + 3],
        CsCheck.Gen.Int[0, ModelPeople.Count - 1],
        CsCheck.Gen.Int[0, 9],
        CsCheck.Gen.Int[-120, 2880],
        CsCheck.Gen.Int[0, 240],
        (action, target, actor, other, choice, minutes, clock) => new ModelStep(action, target, actor, other, choice, minutes, clock));

    public static readonly Gen<ModelStep[]> Sequence = Gen.Array[1, 120];
}

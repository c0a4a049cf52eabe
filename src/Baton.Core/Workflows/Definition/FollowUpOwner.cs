namespace Baton.Core.Workflows;

/// <summary>Who owns the customer follow-up after a hand-off; written lower-case in YAML.</summary>
public enum FollowUpOwner
{
    /// <summary>The agent who handed the case off keeps the follow-up.</summary>
    Sender = 1,
    /// <summary>The person who accepts the hand-off owns the follow-up.</summary>
    Receiver = 2,
    /// <summary>The receiving department owns it until someone there takes it.</summary>
    Department = 3,
}

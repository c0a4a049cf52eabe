namespace Baton.Core.Commitments;

/// <summary>What an attempt achieved. Which results a channel allows is checked by <see cref="Attempt"/>.</summary>
public enum AttemptResult
{
    Reached = 1,
    Voicemail = 2,
    NoAnswer = 3,
    WrongNumber = 4,
    /// <summary>A written message went out (email, SMS, chat); nobody answered yet.</summary>
    Sent = 5,
}

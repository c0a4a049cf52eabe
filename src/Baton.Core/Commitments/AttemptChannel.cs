namespace Baton.Core.Commitments;

/// <summary>How an attempt reached out.</summary>
public enum AttemptChannel
{
    Phone = 1,
    Email = 2,
    Sms = 3,
    Chat = 4,
    InPerson = 5,
}

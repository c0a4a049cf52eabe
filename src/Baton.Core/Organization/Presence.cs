namespace Baton.Core.Organization;

/// <summary>A person's live availability. Only Available people are offered new work.</summary>
public enum Presence
{
    Offline = 0,
    Available = 1,
    OnCall = 2,
    WrapUp = 3,
    Break = 4,
}

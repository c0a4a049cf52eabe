namespace Baton.Core.Discretion;

/// <summary>
/// The limits that apply to one person for one gesture right now, after earned autonomy, and the reason in words
/// (shown to the agent so they know why their limits are what they are).
/// </summary>
public sealed record EffectiveLimits(decimal PerInteraction, decimal RollingWeek, string Currency, bool Earned, string Reason);

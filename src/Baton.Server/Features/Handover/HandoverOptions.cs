namespace Baton.Server.Features.Handover;

/// <summary>Handover:* settings. LeadMinutes: how long before a shift ends its open items are handed over (default 10).</summary>
public sealed record HandoverOptions(TimeSpan Lead)
{
    public static HandoverOptions From(IConfiguration configuration) =>
        new(TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Handover:LeadMinutes", 10.0), 0, 24 * 60)));
}

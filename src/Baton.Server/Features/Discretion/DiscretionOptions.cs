namespace Baton.Server.Features.Discretion;

/// <summary>
/// Discretion:* settings. ApprovalHours: how long an approver has to decide a request above the limits, counted in business
/// hours of the requester's department (default 4).
/// </summary>
public sealed record DiscretionOptions(TimeSpan ApprovalTime)
{
    public static DiscretionOptions From(IConfiguration configuration) =>
        new(TimeSpan.FromHours(Math.Clamp(configuration.GetValue("Discretion:ApprovalHours", 4.0), 0.25, 24 * 30)));
}

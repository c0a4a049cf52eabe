using Baton.Core.Telephony;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// Telephony:* settings. DefaultRegion: how numbers without a country prefix are read (default US).
/// ReconnectMinutes: when a dropped call's reconnect callback falls due (default 5). CallbackMinutes: when the callback
/// for an abandoned or failed call falls due (default 30).
/// </summary>
public sealed record TelephonyOptions(string DefaultRegion, CallbackDelays Delays)
{
    public static TelephonyOptions From(IConfiguration configuration) => new(
        configuration["Telephony:DefaultRegion"] is { Length: > 0 } region ? region : "US",
        new CallbackDelays(
            TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Telephony:ReconnectMinutes", 5.0), 1, 24 * 60)),
            TimeSpan.FromMinutes(Math.Clamp(configuration.GetValue("Telephony:CallbackMinutes", 30.0), 1, 7 * 24 * 60))));
}

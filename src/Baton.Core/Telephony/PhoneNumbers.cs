using PhoneNumbers;

namespace Baton.Core.Telephony;

/// <summary>
/// Normalises phone numbers to E.164 (+15550100) with libphonenumber, so a caller matches a customer however either
/// number was written. Numbers without a country prefix are read in <see cref="DefaultRegion"/>.
/// </summary>
public sealed class PhoneNormalizer
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public PhoneNormalizer(string defaultRegion)
    {
        var region = defaultRegion?.Trim().ToUpperInvariant() ?? "";
        if (!Util.GetSupportedRegions().Contains(region))
        {
            throw new DomainException("defaultRegion", $"'{defaultRegion}' is not a region libphonenumber knows (use a two-letter code such as US or DE).");
        }
        DefaultRegion = region;
    }

    public string DefaultRegion { get; }

    /// <summary>
    /// The number in E.164, or null when the text is not a phone number (a SIP user name, "anonymous").
    /// A number that parses keeps its digits even when no operator would route it, so test and short numbers still match.
    /// </summary>
    public string? ToE164(string? raw)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0 || !text.Any(char.IsAsciiDigit) || text.Any(char.IsAsciiLetter))
        {
            return null;
        }
        if (text.StartsWith("00", StringComparison.Ordinal))
        {
            text = "+" + text[2..];
        }
        try
        {
            var number = Util.Parse(text, DefaultRegion);
            return Util.Format(number, PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}

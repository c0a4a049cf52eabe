using System.Security.Cryptography;
using System.Text;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// <c>X-Baton-Signature: sha256=…</c>: HMAC-SHA256 of the raw body, keyed with the integration's signing secret (its
/// UTF-8 bytes). The MAC may be hex (what most tools print) or base64url (what Kamailio's crypto_hmac_sha256 gives).
/// Compared in constant time.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Baton-Signature";
    private const string Scheme = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    public static bool Verify(ReadOnlySpan<byte> body, string? secret, string? header)
    {
        if (string.IsNullOrEmpty(secret) || header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var given = Decode(header[Scheme.Length..].Trim());
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        return given is { Length: HMACSHA256.HashSizeInBytes } && CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private static byte[]? Decode(string mac)
    {
        if (mac.Length == HMACSHA256.HashSizeInBytes * 2)
        {
            try
            {
                return Convert.FromHexString(mac);
            }
            catch (FormatException)
            {
                return null;
            }
        }
        var base64 = mac.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[HMACSHA256.HashSizeInBytes + 3];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}

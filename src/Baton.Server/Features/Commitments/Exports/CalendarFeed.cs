using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Commitments.Exports;

/// <summary>
/// A person's private iCalendar feed. The URL carries a secret; only its SHA-256 is stored, so the URL is shown once,
/// when it is created or rotated, and a rotation makes the old URL stop working.
/// </summary>
public sealed class CalendarFeed
{
    public Guid PersonId { get; init; }
    public required string SecretHash { get; set; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? RotatedAt { get; set; }

    /// <summary>A new random secret (256 bits, URL-safe) and the hash to store.</summary>
    public static (string Secret, string Hash) NewSecret()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (secret, HashOf(secret));
    }

    // The secret carries 256 bits of entropy, so a fast hash is enough.
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether the presented secret is this feed's, compared in constant time.</summary>
    public bool Matches(string? secret) =>
        !string.IsNullOrEmpty(secret)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(secret)), Encoding.ASCII.GetBytes(SecretHash));
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> b)
    {
        b.ToTable("calendar_feeds");
        b.HasKey(f => f.PersonId);
        b.Property(f => f.PersonId).ValueGeneratedNever();
        b.Property(f => f.SecretHash).HasMaxLength(64);
    }
}

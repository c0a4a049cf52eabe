using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Access;

public enum ApiTokenKind
{
    /// <summary>Issued to a person by POST /api/v1/auth/token; acts as that person.</summary>
    Session = 1,
    /// <summary>Created by an admin for a system (telephony, CRM); carries the Integration role.</summary>
    Integration = 2,
}

/// <summary>A bearer token. Only its SHA-256 is stored; the token itself is shown once, when created.</summary>
public sealed class ApiToken
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public required ApiTokenKind Kind { get; init; }
    public Guid? PersonId { get; init; }
    public required string TokenHash { get; init; }
    /// <summary>The first characters of the token, so an admin can tell tokens apart without the secret.</summary>
    public required string Prefix { get; init; }
    public required DateTime CreatedAt { get; init; }
    public Guid? CreatedById { get; init; }
    public DateTime? ExpiresAt { get; init; }
    public DateTime? RevokedAt { get; set; }
    /// <summary>
    /// An integration's key for signing what it posts (HMAC-SHA256, e.g. telephony call events). Unlike the token it is
    /// stored as it is: checking a signature needs the key itself. A database reader who learns it still lacks the
    /// token (stored hashed), and someone who sniffs a token cannot sign; both are needed.
    /// </summary>
    public string? SigningSecret { get; init; }
    public Guid? RevokedById { get; set; }

    public bool IsValidAt(DateTime now) => RevokedAt is null && (ExpiresAt is null || now < ExpiresAt);

    /// <summary>A new random token (256 bits) and the hash to store.</summary>
    public static (string Token, string Hash, string Prefix) NewSecret(string prefix)
    {
        var token = prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, HashOf(token), token[..Math.Min(token.Length, prefix.Length + 6)]);
    }

    // Tokens carry 256 bits of entropy, so a fast hash is enough: there is nothing to brute-force.
    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new random signing key (256 bits) for an integration.</summary>
    public static string NewSigningSecret() => "bsk_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("api_tokens");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.Prefix).HasMaxLength(32);
        b.Property(t => t.SigningSecret).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.PersonId);
    }
}

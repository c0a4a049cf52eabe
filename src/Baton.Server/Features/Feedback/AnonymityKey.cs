using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Baton.Core;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// Turns a giver into the keyed hash stored with anonymous feedback: HMAC-SHA256 over (giver, receiver, month) with a server
/// secret, so the same person counts once per receiver and month while the stored rows never name them, and hashes of different
/// months or receivers cannot be linked. The secret comes from Feedback:AnonymitySecret (base64, at least 32 bytes) — the safer
/// choice, as whoever holds both the database and the secret could test candidate givers — or else is generated once and kept
/// in the database. It is never logged.
/// </summary>
public sealed class AnonymityKey(IConfiguration configuration, IServiceScopeFactory scopes, TimeProvider time)
{
    public const string ConfigurationKey = "Feedback:AnonymitySecret";
    private const string SecretName = "feedback.anonymity";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _secret;

    public async Task<string> GiverKeyAsync(Guid giverId, FeedbackTarget target, DateTime periodStart, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(target);
        var secret = await SecretAsync(ct);
        var message = string.Create(CultureInfo.InvariantCulture, $"{giverId:D}|{target.Key}|{periodStart:yyyy-MM}");
        return Convert.ToHexString(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(message)));
    }

    private async Task<byte[]> SecretAsync(CancellationToken ct)
    {
        if (_secret is { } known)
        {
            return known;
        }
        await _gate.WaitAsync(ct);
        try
        {
            return _secret ??= Configured() ?? await StoredAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    private byte[]? Configured()
    {
        var text = configuration[ConfigurationKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var bytes = new byte[text.Length];
        if (!Convert.TryFromBase64String(text, bytes, out var length) || length < 32)
        {
            throw new InvalidOperationException($"{ConfigurationKey} must be base64 of at least 32 random bytes.");
        }
        return bytes[..length];
    }

    /// <summary>Reads the stored secret, creating it on first use; another node creating it at the same moment wins and is read back.</summary>
    private async Task<byte[]> StoredAsync(CancellationToken ct)
    {
        // Its own scope: the secret must be saved even if the caller's unit of work is later rolled back.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var stored = await db.Set<FeedbackSecret>().AsNoTracking().FirstOrDefaultAsync(s => s.Name == SecretName, ct);
        if (stored is null)
        {
            db.Set<FeedbackSecret>().Add(new FeedbackSecret
            {
                Name = SecretName,
                Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                CreatedAt = Instants.FromTimeProvider(time),
            });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
            stored = await db.Set<FeedbackSecret>().AsNoTracking().FirstAsync(s => s.Name == SecretName, ct);
        }
        return Convert.FromBase64String(stored.Value);
    }
}

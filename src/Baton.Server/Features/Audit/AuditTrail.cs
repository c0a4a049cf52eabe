using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Audit;

/// <summary>
/// Appends audit events to the unit of work of a DbContext, so the event commits in the same transaction as the change.
/// Each event links to the previous event of its own subject only: writes on different subjects never wait on each other.
/// </summary>
public static class AuditTrail
{
    public static async Task RecordAsync(this BatonDb db, Actor actor, DateTime now, string subject, AuditEventType type,
        object? before, object? after, string? reason = null, CancellationToken ct = default)
    {
        var (sequence, previousHash) = await HeadOfAsync(db, subject, ct);
        var at = Instants.Normalize(now);
        var beforeJson = ToJson(before);
        var afterJson = ToJson(after);
        var hash = AuditHash.OfEvent(subject, sequence + 1, type, actor.PersonId, actor.Name, at, beforeJson, afterJson, reason, previousHash);
        db.AuditHeads[subject] = (sequence + 1, hash);
        db.AuditEvents.Add(new AuditEvent
        {
            Subject = subject,
            Sequence = sequence + 1,
            Type = type,
            ActorId = actor.PersonId,
            ActorName = actor.Name,
            At = at,
            Before = beforeJson,
            After = afterJson,
            Reason = reason,
            PreviousHash = previousHash,
            Hash = hash,
        });
    }

    public static string SubjectOf(string kind, Guid id) => $"{kind}/{id:D}";

    private static async Task<(long Sequence, string Hash)> HeadOfAsync(BatonDb db, string subject, CancellationToken ct)
    {
        // Events this context already wrote (saved or pending) come first: several changes to one subject in one save.
        // A dictionary, not a scan of the change tracker, so recording stays O(1) when one save holds thousands of events.
        if (db.AuditHeads.TryGetValue(subject, out var known))
        {
            return known;
        }
        var stored = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Subject == subject)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        return stored is null ? (0, AuditHash.Genesis) : (stored.Sequence, stored.Hash);
    }

    private static string? ToJson(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => JsonSerializer.Serialize(value, AuditJson.Options),
    };
}

internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

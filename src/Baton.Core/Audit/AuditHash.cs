using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Baton.Core.Audit;

/// <summary>SHA-256 over a length-prefixed canonical form, so no two different events can share an encoding.</summary>
public static class AuditHash
{
    public static readonly string Genesis = new('0', 64);

    public static string OfEvent(string subject, long sequence, AuditEventType type, Guid? actorId, string actorName,
        DateTime at, string? before, string? after, string? reason, string previousHash)
    {
        var canonical = new CanonicalWriter()
            .Add("event-v1")
            .Add(subject)
            .Add(sequence.ToString(CultureInfo.InvariantCulture))
            .Add(((int)type).ToString(CultureInfo.InvariantCulture))
            .Add(actorId?.ToString("D"))
            .Add(actorName)
            .Add(Instants.Format(at))
            .Add(before)
            .Add(after)
            .Add(reason)
            .Add(previousHash);
        return canonical.Sha256();
    }

    public static string OfEvent(AuditRecord e) =>
        OfEvent(e.Subject, e.Sequence, e.Type, e.ActorId, e.ActorName, e.At, e.Before, e.After, e.Reason, e.PreviousHash);

    public static string OfCheckpoint(long number, DateTime at, long lastEventId, IEnumerable<SealedHead> heads, string previousHash)
    {
        var canonical = new CanonicalWriter()
            .Add("checkpoint-v1")
            .Add(number.ToString(CultureInfo.InvariantCulture))
            .Add(Instants.Format(at))
            .Add(lastEventId.ToString(CultureInfo.InvariantCulture));
        foreach (var head in heads.OrderBy(h => h.Subject, StringComparer.Ordinal))
        {
            canonical.Add(head.Subject).Add(head.Sequence.ToString(CultureInfo.InvariantCulture)).Add(head.Hash);
        }
        return canonical.Add(previousHash).Sha256();
    }

    public static string OfCheckpoint(CheckpointRecord c) => OfCheckpoint(c.Number, c.At, c.LastEventId, c.Heads, c.PreviousHash);

    private sealed class CanonicalWriter
    {
        private readonly StringBuilder _text = new();

        public CanonicalWriter Add(string? field)
        {
            // null and "" must differ: null is written as length -1.
            _text.Append(field is null ? -1 : field.Length).Append(':').Append(field).Append('\n');
            return this;
        }

        public string Sha256() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));
    }
}

using Baton.Core.Audit;
using BenchmarkDotNet.Attributes;

namespace Baton.Bench;

/// <summary>Cost of hashing one audit event, and of verifying a log of 100,000 events over 1,000 subjects.</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private static readonly DateTime At = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private List<AuditRecord> _events = [];
    private List<CheckpointRecord> _checkpoints = [];

    [GlobalSetup]
    public void Setup()
    {
        var heads = new Dictionary<string, (long Sequence, string Hash)>();
        var id = 0L;
        for (var i = 0; i < 100_000; i++)
        {
            var subject = $"commitment/{i % 1_000:D6}";
            var (sequence, previous) = heads.GetValueOrDefault(subject, (0, AuditHash.Genesis));
            var hash = AuditHash.OfEvent(subject, sequence + 1, AuditEventType.PersonUpdated, null, "bench", At, null, "{\"n\":1}", null, previous);
            _events.Add(new AuditRecord(++id, subject, sequence + 1, AuditEventType.PersonUpdated, null, "bench", At, null, "{\"n\":1}", null, previous, hash));
            heads[subject] = (sequence + 1, hash);
        }
        var sealedHeads = heads.Select(h => new SealedHead(h.Key, h.Value.Sequence, h.Value.Hash)).ToList();
        _checkpoints = [new CheckpointRecord(1, At, id, sealedHeads, AuditHash.Genesis, AuditHash.OfCheckpoint(1, At, id, sealedHeads, AuditHash.Genesis))];
        _events = [.. _events.OrderBy(e => e.Subject, StringComparer.Ordinal).ThenBy(e => e.Sequence)];
    }

    [Benchmark]
    public string HashOneEvent() =>
        AuditHash.OfEvent("commitment/000001", 42, AuditEventType.PersonUpdated, Guid.Empty, "bench", At, "{\"a\":1}", "{\"a\":2}", "reason", AuditHash.Genesis);

    [Benchmark]
    public bool Verify100kEvents() => AuditVerifier.Verify(_checkpoints, _events).Ok;
}

using Baton.Core.Audit;

namespace Baton.Core.Tests.Audit;

public sealed class AuditVerifierTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    /// <summary>Builds events the way the server does: each links to the previous event of its own subject.</summary>
    private sealed class Log
    {
        public List<AuditRecord> Events { get; } = [];
        public List<CheckpointRecord> Checkpoints { get; } = [];

        public AuditRecord Append(string subject, string? after = null)
        {
            var previous = Events.Where(e => e.Subject == subject).MaxBy(e => e.Sequence);
            var sequence = (previous?.Sequence ?? 0) + 1;
            var prevHash = previous?.Hash ?? AuditHash.Genesis;
            var id = Events.Count == 0 ? 1 : Events.Max(e => e.Id) + 1;
            var at = T0.AddSeconds(id);
            var hash = AuditHash.OfEvent(subject, sequence, AuditEventType.PersonUpdated, null, "system", at, null, after, null, prevHash);
            var e = new AuditRecord(id, subject, sequence, AuditEventType.PersonUpdated, null, "system", at, null, after, null, prevHash, hash);
            Events.Add(e);
            return e;
        }

        public CheckpointRecord Seal()
        {
            var last = Checkpoints.LastOrDefault();
            var watermark = last?.LastEventId ?? 0;
            var heads = Events.Where(e => e.Id > watermark).GroupBy(e => e.Subject)
                .Select(g => g.MaxBy(e => e.Sequence)!).Select(e => new SealedHead(e.Subject, e.Sequence, e.Hash)).ToList();
            var number = (last?.Number ?? 0) + 1;
            var lastId = Events.Max(e => e.Id);
            var prev = last?.Hash ?? AuditHash.Genesis;
            var c = new CheckpointRecord(number, T0.AddHours(number), lastId, heads, prev, AuditHash.OfCheckpoint(number, T0.AddHours(number), lastId, heads, prev));
            Checkpoints.Add(c);
            return c;
        }

        public AuditVerification Verify() => AuditVerifier.Verify(Checkpoints, Events.OrderBy(e => e.Subject, StringComparer.Ordinal).ThenBy(e => e.Sequence));
    }

    private static Log Sample()
    {
        var log = new Log();
        log.Append("person/a");
        log.Append("person/b");
        log.Append("person/a");
        log.Seal();
        log.Append("person/a");
        log.Append("commitment/c");
        log.Seal();
        log.Append("person/b");
        return log;
    }

    [Fact]
    public void An_untouched_log_verifies_and_counts_unsealed_events()
    {
        var result = Sample().Verify();
        Assert.True(result.Ok, result.Problem?.Message);
        Assert.Equal(6, result.EventsChecked);
        Assert.Equal(2, result.CheckpointsChecked);
        Assert.Equal(1, result.UnsealedEvents);
    }

    [Fact]
    public void Hashes_depend_on_every_field_and_distinguish_null_from_empty()
    {
        string Hash(string? after, string? reason) =>
            AuditHash.OfEvent("s", 1, AuditEventType.PersonCreated, null, "x", T0, null, after, reason, AuditHash.Genesis);
        Assert.NotEqual(Hash(null, null), Hash("", null));
        Assert.NotEqual(Hash("a", null), Hash(null, "a"));
        Assert.Equal(Hash("a", "b"), Hash("a", "b"));
    }

    [Fact]
    public void An_altered_event_is_the_first_broken_row()
    {
        var log = Sample();
        var victim = log.Events[2];
        log.Events[2] = victim with { After = "{\"roles\":[\"Admin\"]}" };
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal(victim.Id, result.Problem!.EventId);
        Assert.Equal("hash", result.Problem.Kind);
    }

    [Fact]
    public void A_deleted_event_in_a_chain_is_a_gap()
    {
        var log = Sample();
        log.Events.RemoveAt(0);
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal("gap", result.Problem!.Kind);
        Assert.Equal("person/a", result.Problem.Subject);
    }

    [Fact]
    public void A_deleted_latest_event_is_caught_only_through_the_checkpoint()
    {
        var log = Sample();
        var latestOfC = log.Events.Single(e => e.Subject == "commitment/c");
        log.Events.Remove(latestOfC);
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal("deleted", result.Problem!.Kind);
        Assert.Equal("commitment/c", result.Problem.Subject);
    }

    [Fact]
    public void An_unsealed_latest_event_can_be_deleted_until_the_next_checkpoint_seals_it()
    {
        var log = Sample();
        log.Events.RemoveAt(log.Events.Count - 1);
        Assert.True(log.Verify().Ok);
    }

    [Fact]
    public void An_event_forged_with_a_valid_hash_under_a_watermark_is_reported()
    {
        var log = Sample();
        // Re-create c's chain with different content and a correct hash, keeping the id under checkpoint 2's watermark.
        var original = log.Events.Single(e => e.Subject == "commitment/c");
        var forgedHash = AuditHash.OfEvent(original.Subject, 1, original.Type, null, "system", original.At, null, "{\"forged\":true}", null, AuditHash.Genesis);
        log.Events[log.Events.IndexOf(original)] = original with { After = "{\"forged\":true}", Hash = forgedHash };
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal("sealed", result.Problem!.Kind);
    }

    [Fact]
    public void An_inserted_event_with_a_broken_link_is_reported()
    {
        var log = Sample();
        var inserted = new AuditRecord(99, "person/a", 4, AuditEventType.PersonUpdated, null, "mallory", T0, null, "{}", null, new string('f', 64), new string('e', 64));
        log.Events.Add(inserted);
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal(99, result.Problem!.EventId);
    }

    [Fact]
    public void A_valid_looking_event_slipped_under_an_old_watermark_is_reported_as_inserted()
    {
        var log = Sample();
        // A whole new chain, correctly hashed, but with an id that checkpoint 1 must already have seen (ids 1-3).
        var hash = AuditHash.OfEvent("person/z", 1, AuditEventType.PersonUpdated, null, "system", T0, null, null, null, AuditHash.Genesis);
        log.Events.Add(new AuditRecord(2, "person/z", 1, AuditEventType.PersonUpdated, null, "system", T0, null, null, null, AuditHash.Genesis, hash));
        var result = log.Verify();
        Assert.False(result.Ok);
        Assert.Equal("unsealed", result.Problem!.Kind);
        Assert.Equal("person/z", result.Problem.Subject);
    }

    [Fact]
    public void A_deleted_or_altered_checkpoint_is_reported()
    {
        var deleted = Sample();
        deleted.Checkpoints.RemoveAt(0);
        Assert.Equal("checkpoint", deleted.Verify().Problem!.Kind);

        var altered = Sample();
        altered.Checkpoints[1] = altered.Checkpoints[1] with { LastEventId = 1 };
        var result = altered.Verify();
        Assert.False(result.Ok);
        Assert.Equal(2, result.Problem!.CheckpointNumber);
    }
}

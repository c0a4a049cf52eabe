namespace Baton.Core.Audit;

/// <summary>Outcome of checking the whole audit log. Problem names the first broken row.</summary>
public sealed record AuditVerification(bool Ok, long EventsChecked, long CheckpointsChecked, long UnsealedEvents, AuditProblem? Problem);

public sealed record AuditProblem(string Kind, long? EventId, long? CheckpointNumber, string? Subject, string Message);

/// <summary>
/// Verifies the per-subject chains and the checkpoint chain. Pure: it reads records in the orders given
/// (events by subject then sequence, checkpoints by number) and returns the first problem found.
/// </summary>
public static class AuditVerifier
{
    public static AuditVerification Verify(IEnumerable<CheckpointRecord> checkpointsByNumber, IEnumerable<AuditRecord> eventsBySubjectThenSequence)
    {
        var checkpoints = checkpointsByNumber.ToList();
        var checkpointProblem = VerifyCheckpointChain(checkpoints);
        if (checkpointProblem is not null)
        {
            return new AuditVerification(false, 0, checkpoints.Count, 0, checkpointProblem);
        }

        // Every sealed head must still exist with its sealed hash.
        var sealedHeads = new Dictionary<(string Subject, long Sequence), (string Hash, long Checkpoint)>();
        // Per subject: (watermark, highest sequence sealed up to that checkpoint), in checkpoint order.
        var sealedBySubject = new Dictionary<string, List<(long Watermark, long Sequence)>>(StringComparer.Ordinal);
        foreach (var checkpoint in checkpoints)
        {
            foreach (var head in checkpoint.Heads)
            {
                sealedHeads[(head.Subject, head.Sequence)] = (head.Hash, checkpoint.Number);
                if (!sealedBySubject.TryGetValue(head.Subject, out var list))
                {
                    sealedBySubject[head.Subject] = list = [];
                }
                list.Add((checkpoint.LastEventId, Math.Max(head.Sequence, list.Count > 0 ? list[^1].Sequence : 0)));
            }
        }
        var lastWatermark = checkpoints.Count > 0 ? checkpoints[^1].LastEventId : 0;

        long checkedCount = 0, unsealed = 0;
        string? subject = null;
        long expectedSequence = 0;
        var previousHash = AuditHash.Genesis;
        long previousId = 0;
        foreach (var e in eventsBySubjectThenSequence)
        {
            checkedCount++;
            if (!string.Equals(e.Subject, subject, StringComparison.Ordinal))
            {
                subject = e.Subject;
                expectedSequence = 1;
                previousHash = AuditHash.Genesis;
                previousId = 0;
            }
            AuditProblem Broken(string kind, string message) => new(kind, e.Id, null, e.Subject, $"Event {e.Id} ({e.Subject} #{e.Sequence}): {message}");

            if (e.Sequence != expectedSequence)
            {
                return Fail(Broken("gap", e.Sequence < expectedSequence
                    ? "duplicate sequence number: a row was inserted."
                    : $"sequence {expectedSequence} is missing: a row was deleted."));
            }
            if (e.Id <= previousId)
            {
                return Fail(Broken("order", "written before the event it follows: a row was inserted or renumbered."));
            }
            if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
            {
                return Fail(Broken("link", "does not chain to the previous event of its subject: a row was inserted, deleted or altered."));
            }
            if (!string.Equals(AuditHash.OfEvent(e), e.Hash, StringComparison.Ordinal))
            {
                return Fail(Broken("hash", "its content does not match its hash: the row was altered."));
            }
            if (sealedHeads.TryGetValue((e.Subject, e.Sequence), out var sealedHead))
            {
                if (!string.Equals(sealedHead.Hash, e.Hash, StringComparison.Ordinal))
                {
                    return Fail(Broken("sealed", $"differs from the head sealed by checkpoint {sealedHead.Checkpoint}: the row was altered."));
                }
                sealedHeads.Remove((e.Subject, e.Sequence));
            }
            if (e.Id <= lastWatermark && !IsSealed(sealedBySubject, e))
            {
                return Fail(Broken("unsealed", "lies under a checkpoint's watermark but no checkpoint sealed it: the row was inserted later."));
            }
            if (e.Id > lastWatermark)
            {
                unsealed++;
            }
            expectedSequence++;
            previousHash = e.Hash;
            previousId = e.Id;
        }

        if (sealedHeads.Count > 0)
        {
            var missing = sealedHeads.OrderBy(h => h.Value.Checkpoint).First();
            return Fail(new AuditProblem("deleted", null, missing.Value.Checkpoint, missing.Key.Subject,
                $"{missing.Key.Subject} #{missing.Key.Sequence}, sealed by checkpoint {missing.Value.Checkpoint}, is missing: the row was deleted."));
        }
        return new AuditVerification(true, checkedCount, checkpoints.Count, unsealed, null);

        AuditVerification Fail(AuditProblem problem) => new(false, checkedCount, checkpoints.Count, unsealed, problem);
    }

    private static bool IsSealed(Dictionary<string, List<(long Watermark, long Sequence)>> sealedBySubject, AuditRecord e)
    {
        if (!sealedBySubject.TryGetValue(e.Subject, out var seals))
        {
            return false;
        }
        // The first checkpoint whose watermark covers the event must have sealed at least its sequence.
        foreach (var (watermark, sequence) in seals)
        {
            if (watermark >= e.Id)
            {
                return sequence >= e.Sequence;
            }
        }
        return false;
    }

    private static AuditProblem? VerifyCheckpointChain(List<CheckpointRecord> checkpoints)
    {
        var previous = AuditHash.Genesis;
        long expected = 1, watermark = 0;
        foreach (var c in checkpoints)
        {
            if (c.Number != expected)
            {
                return new AuditProblem("checkpoint", null, c.Number, null, $"Checkpoint {expected} is missing: a checkpoint was deleted or inserted.");
            }
            if (!string.Equals(c.PreviousHash, previous, StringComparison.Ordinal) ||
                !string.Equals(AuditHash.OfCheckpoint(c), c.Hash, StringComparison.Ordinal))
            {
                return new AuditProblem("checkpoint", null, c.Number, null, $"Checkpoint {c.Number} was altered: its hash does not verify.");
            }
            if (c.LastEventId < watermark)
            {
                return new AuditProblem("checkpoint", null, c.Number, null, $"Checkpoint {c.Number} moves the watermark backwards.");
            }
            previous = c.Hash;
            watermark = c.LastEventId;
            expected++;
        }
        return null;
    }
}

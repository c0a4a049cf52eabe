using Baton.Core.Commitments;

namespace Baton.Core.Tests.Commitments;

/// <summary>DESIGN.md invariants 1–3 as assertions over one commitment.</summary>
internal static class CommitmentInvariants
{
    /// <summary>isActive says whether a person is active now.</summary>
    public static void Hold(Commitment c, Func<Guid, bool> isActive, TimeZoneInfo? zone = null)
    {
        // 1. An open commitment has exactly one owner, an active person.
        Assert.NotEqual(Guid.Empty, c.OwnerId);
        if (!c.IsClosed)
        {
            Assert.True(isActive(c.OwnerId), $"Open commitment {c.Id} is owned by inactive {c.OwnerId}.");
        }

        if (c.Promisee.Kind == PromiseeKind.Person)
        {
            Assert.NotEqual(c.Promisee.Id, c.OwnerId);
        }

        // 2. Custody is unbroken and ends with the owner.
        Assert.NotEmpty(c.Custody);
        Assert.Null(c.Custody[0].FromId);
        Assert.Equal(CustodyReason.Assigned, c.Custody[0].Reason);
        for (var i = 0; i < c.Custody.Count; i++)
        {
            Assert.Equal(i + 1, c.Custody[i].Sequence);
            if (i > 0)
            {
                Assert.Equal(c.Custody[i - 1].ToId, c.Custody[i].FromId);
                Assert.NotEqual(c.Custody[i].FromId, c.Custody[i].ToId);
                Assert.True(c.Custody[i].At >= c.Custody[i - 1].At);
            }
        }
        Assert.Equal(c.OwnerId, c.Custody[^1].ToId);

        // 3. Nothing closes without an outcome; reasons and agreement where required.
        Assert.Equal(c.IsClosed, c.Outcome is not null);
        Assert.Equal(c.IsClosed, c.ClosedAt is not null);
        switch (c.Outcome)
        {
            case Outcome.Broken:
                Assert.False(string.IsNullOrWhiteSpace(c.OutcomeReason));
                break;
            case Outcome.Cancelled:
                Assert.False(string.IsNullOrWhiteSpace(c.OutcomeReason));
                Assert.False(string.IsNullOrWhiteSpace(c.AgreedBy));
                break;
            case Outcome.Renegotiated:
                Assert.NotNull(c.RenegotiatedToId);
                Assert.False(string.IsNullOrWhiteSpace(c.AgreedBy));
                break;
            case Outcome.Kept:
            case null:
                break;
        }
        if (c.ClosedUnreachable)
        {
            Assert.Equal(Outcome.Broken, c.Outcome);
            Assert.True(AttemptPolicy.For(c.Kind).Evaluate(c.Attempts, zone).IsSatisfied, $"{c.Id} closed unreachable without the attempts its policy needs.");
        }
        if (c.IsClosed)
        {
            Assert.False(c.AwaitingAcceptance);
            Assert.False(c.IsOrphanRisk, "A closed commitment is no orphan risk.");
        }
        Assert.Equal(c.OrphanRiskSince is null, c.OrphanRiskReason is null);
        // Whoever received or accepted it last has it in hand: the flag is older than the last custody change.
        if (c.OrphanRiskSince is { } since)
        {
            Assert.True(since >= c.Custody[^1].At);
        }

        // Bookkeeping the server relies on.
        Assert.Equal(Enumerable.Range(1, c.Timeline.Count), c.Timeline.Select(t => t.Sequence));
        Assert.Equal(Enumerable.Range(1, c.Attempts.Count), c.Attempts.Select(a => a.Sequence));
        if (c.HandedOffById is not null)
        {
            Assert.True(c.AwaitingAcceptance, "A sender is remembered only while the hand-off waits.");
        }
    }
}

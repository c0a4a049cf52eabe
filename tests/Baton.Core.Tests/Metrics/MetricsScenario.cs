using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Core.Tests.Metrics;

/// <summary>A clock on Monday 10 March 2025, 09:00 UTC, for fixtures built through the commitment's own operations.</summary>
internal sealed class MetricsScenario
{
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));

    public DateTime Now => Instants.FromTimeProvider(Time);

    /// <summary>March 2025, as in <see cref="Facts.March"/>.</summary>
    public Period Period => Facts.March;

    public void Advance(TimeSpan span) => Time.Advance(span);

    public Commitment Promise(Guid owner, CommitmentKind kind = CommitmentKind.Callback, TimeSpan? dueIn = null) =>
        Commitment.Create(Draft(kind, dueIn), new OwnerInfo(owner, true), owner, Now).Commitment;

    /// <summary>A Handoff commitment Alice made and handed at once to <paramref name="receiver"/> in a department.</summary>
    public Commitment HandOff(Guid sender, Guid receiver, Guid department) =>
        Commitment.CreateHandoff(Draft(CommitmentKind.Handoff, null), new OwnerInfo(sender, true), department, new OwnerInfo(receiver, true), "Needs the bank details", Now).Commitment;

    private CommitmentDraft Draft(CommitmentKind kind, TimeSpan? dueIn) =>
        new(Guid.NewGuid(), kind, Promisee.Customer(Facts.Customer), Now + (dueIn ?? TimeSpan.FromDays(2)), "Call back about the refund");
}

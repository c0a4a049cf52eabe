using Baton.Core.Commitments;
using Baton.Core.Metrics;

namespace Baton.Core.Tests.Metrics;

/// <summary>Hand-built facts over March 2025, with fixed people so failures read the same every run.</summary>
internal static class Facts
{
    public static readonly Guid Alice = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Bob = Guid.Parse("00000000-0000-0000-0000-0000000000b0");
    public static readonly Guid Fran = Guid.Parse("00000000-0000-0000-0000-0000000000f0");
    public static readonly Guid Lena = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    public static readonly Guid Customer = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid OtherCustomer = Guid.Parse("00000000-0000-0000-0000-0000000000c2");

    public static readonly DateTime From = new(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime To = new(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly Period March = new(From, To);
    public static readonly IReadOnlySet<Guid> NoneExcluded = new HashSet<Guid>();

    /// <summary>An instant in March: day and hour.</summary>
    public static DateTime Mar(int day, int hour = 9, int minute = 0) => new(2025, 3, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>A commitment made on 1 March, due on <paramref name="dueDay"/>, closed with an outcome at <paramref name="closedAt"/>.</summary>
    public static CommitmentFact Closed(Guid owner, Outcome outcome, DateTime closedAt, int dueDay = 10,
        CommitmentKind kind = CommitmentKind.Callback, int attempts = 0) =>
        new(Guid.NewGuid(), kind, owner, Mar(1), Mar(dueDay, 17), outcome, closedAt, attempts);

    public static CommitmentFact Open(Guid owner, DateTime due, CommitmentKind kind = CommitmentKind.Callback) =>
        new(Guid.NewGuid(), kind, owner, Mar(1), due);

    public static InteractionFact Call(Guid handler, DateTime at, bool resolved = true, int minutes = 5, Guid? customer = null, string? issue = "refund") =>
        new(Guid.NewGuid(), customer ?? Customer, issue, handler, at, resolved, TimeSpan.FromMinutes(minutes));

    public static IReadOnlySet<Guid> Excluding(params Guid[] ids) => new HashSet<Guid>(ids);

    /// <summary>Ids as a sorted list, to compare drill-downs regardless of order.</summary>
    public static List<Guid> Sorted(IEnumerable<Guid> ids) => [.. ids.Order()];

    public static List<Guid> Ids(params CommitmentFact[] facts) => Sorted(facts.Select(f => f.Id));

    public static List<Guid> Ids(params InteractionFact[] facts) => Sorted(facts.Select(f => f.InteractionId));
}

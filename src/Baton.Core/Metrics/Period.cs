namespace Baton.Core.Metrics;

/// <summary>A half-open reporting period [From, To): an item at From counts, an item at To belongs to the next period.</summary>
public sealed record Period
{
    public Period(DateTime from, DateTime to)
    {
        From = Instants.RequireUtc(from, "from");
        To = Instants.RequireUtc(to, "to");
        if (To <= From)
        {
            throw new DomainException("to", "A period ends after it starts.");
        }
    }

    public DateTime From { get; }
    public DateTime To { get; }

    public bool Contains(DateTime instant)
    {
        var at = Instants.Normalize(instant);
        return at >= From && at < To;
    }

    public bool Contains(DateTime? instant) => instant is { } at && Contains(at);
}

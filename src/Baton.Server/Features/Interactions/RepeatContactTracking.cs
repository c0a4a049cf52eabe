using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// Keeps <see cref="Interaction.RepeatGapSeconds"/> current. A call arriving, or a topic named at wrap-up, can only change
/// whether the same customer's calls in the horizon before it were repeated, and whether it was itself: those are
/// recomputed from the customer's calls within one horizon either side (one indexed read), with the rules of
/// <see cref="RepeatContacts"/>. The caller saves.
/// </summary>
public static class RepeatContactTracking
{
    /// <summary>The longest repeat window a scorecard can ask about.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(30);

    public static async Task RefreshAsync(BatonDb db, Interaction changed, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(changed);
        if (changed.CustomerId is not { } customerId)
        {
            return;
        }
        var (from, to) = (changed.QueuedAt - Horizon, changed.QueuedAt + Horizon);
        var neighbours = await db.Interactions
            .Where(i => i.CustomerId == customerId && i.QueuedAt >= from && i.QueuedAt <= to && i.Id != changed.Id)
            .ToListAsync(ct);
        Record([.. neighbours, changed], until: changed.QueuedAt);
    }

    /// <summary>Records the gaps of one customer's calls queued up to <paramref name="until"/>, from all the calls given.</summary>
    public static void Record(IReadOnlyCollection<Interaction> callsOfOneCustomer, DateTime until)
    {
        ArgumentNullException.ThrowIfNull(callsOfOneCustomer);
        var gaps = RepeatContacts.FirstRepeatGaps(callsOfOneCustomer.Select(i => new Contact(i.Id, i.QueuedAt, i.Topic)).ToList(), Horizon);
        foreach (var call in callsOfOneCustomer.Where(i => i.QueuedAt <= until))
        {
            call.RecordRepeatGap(gaps.TryGetValue(call.Id, out var gap) ? gap : null);
        }
    }
}

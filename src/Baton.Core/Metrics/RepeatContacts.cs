namespace Baton.Core.Metrics;

/// <summary>One contact of a customer: when it happened and what it was about (null until someone names it).</summary>
public sealed record Contact(Guid Id, DateTime At, string? IssueKey);

/// <summary>
/// Which later contact of the same customer repeats an earlier one: a contact about the same issue, or about an issue
/// nobody has named yet (it may well be the same one). First-contact resolution is read from this.
/// </summary>
public static class RepeatContacts
{
    public static bool Repeats(Contact later, Contact earlier) =>
        later.At > earlier.At && (later.IssueKey is null || later.IssueKey == earlier.IssueKey);

    /// <summary>
    /// For each contact of one customer, the time to the first later contact that repeats it, when one came within the
    /// horizon. A figure with a repeat window up to the horizon then reads "repeated" from one stored number.
    /// </summary>
    public static Dictionary<Guid, TimeSpan> FirstRepeatGaps(IReadOnlyCollection<Contact> contactsOfOneCustomer, TimeSpan horizon)
    {
        ArgumentNullException.ThrowIfNull(contactsOfOneCustomer);
        var ordered = contactsOfOneCustomer.OrderBy(c => c.At).ToList();
        var gaps = new Dictionary<Guid, TimeSpan>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var earlier = ordered[i];
            for (var j = i + 1; j < ordered.Count && ordered[j].At - earlier.At <= horizon; j++)
            {
                if (Repeats(ordered[j], earlier))
                {
                    gaps[earlier.Id] = ordered[j].At - earlier.At;
                    break;
                }
            }
        }
        return gaps;
    }
}

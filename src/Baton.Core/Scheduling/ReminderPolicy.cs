namespace Baton.Core.Scheduling;

/// <summary>
/// When the owner is reminded before a due time: at fractions of the time between promise and due, and a fixed lead
/// before due; after due, overdue alerts repeat every RepeatOverdueEvery until someone acts.
/// </summary>
public sealed record ReminderPolicy(IReadOnlyList<double> Fractions, TimeSpan FinalLead, TimeSpan RepeatOverdueEvery)
{
    public static readonly ReminderPolicy Default = new([0.5, 0.75], TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30));

    /// <summary>Reminder instants strictly between now and due, in order, without duplicates.</summary>
    public IReadOnlyList<DateTime> RemindersBetween(DateTime promisedAt, DateTime due, DateTime now)
    {
        promisedAt = Instants.Normalize(promisedAt);
        due = Instants.Normalize(due);
        now = Instants.Normalize(now);
        var span = due - promisedAt;
        var instants = Fractions.Select(f => Instants.Normalize(promisedAt + span * f))
            .Append(Instants.Normalize(due - FinalLead));
        return [.. instants.Where(i => i > now && i < due).Distinct().Order()];
    }

    /// <summary>
    /// Reminders go only while the recipient is working: an instant outside their hours moves to the start of their next
    /// working period, and is dropped if that is already at or after due (the due alert covers it).
    /// </summary>
    public static DateTime? WithinRecipientHours(DateTime reminder, DateTime due, Func<DateTime, DateTime?> nextWorkingInstant)
    {
        var at = nextWorkingInstant(reminder);
        return at is { } a && a < due ? a : null;
    }
}

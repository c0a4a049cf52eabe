using System.Globalization;
using Baton.Core.Commitments;

namespace Baton.Server.Features.Customers;

/// <summary>
/// The text a customer can be sent to confirm a promise, e.g. "On 2 March at 14:05 Alex Rivera promised to call you back
/// about … by 16:00 on 2 March. If we miss it, …". Times are in the promiser's time zone.
/// </summary>
public static class PromiseReceipt
{
    public static string Text(CommitmentKind kind, string what, string promisedBy, DateTime promisedAt, DateTime due, string? department,
        Guid commitmentId, TimeZoneInfo zone)
    {
        var at = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(promisedAt, DateTimeKind.Utc), zone);
        var by = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(due, DateTimeKind.Utc), zone);
        var topic = Topic(what);
        var promise = kind switch
        {
            CommitmentKind.Callback => $"promised to call you back about {topic}",
            CommitmentKind.FollowUp => $"promised to follow up with you on {topic}",
            CommitmentKind.Handoff => $"passed your request about {topic} to our {department ?? "specialist"} team, who promised to get back to you",
            CommitmentKind.Escalation => $"escalated {topic} and promised you an answer",
            CommitmentKind.Approval => $"promised you a decision on {topic}",
            _ => $"promised you: {topic}",
        };
        var zoneNote = zone == TimeZoneInfo.Utc ? " (UTC)" : $" ({zone.Id} time)";
        return string.Create(CultureInfo.InvariantCulture,
            $"On {Day(at)} at {at:HH:mm} {promisedBy} {promise} by {by:HH:mm} on {Day(by)}{zoneNote}. "
            + $"If we miss it, a team lead is told at once and makes sure someone gets back to you. Your reference: {Reference(commitmentId)}.");
    }

    /// <summary>A short reference the customer can quote: C- and the last eight hex digits of the id.</summary>
    public static string Reference(Guid id) => "C-" + id.ToString("N")[^8..].ToUpperInvariant();

    private static string Day(DateTime local) => local.ToString("d MMMM", CultureInfo.InvariantCulture);

    private static string Topic(string what)
    {
        var t = what.Trim().TrimEnd('.');
        return t.Length == 0 ? "your request" : char.ToLowerInvariant(t[0]) + t[1..];
    }
}

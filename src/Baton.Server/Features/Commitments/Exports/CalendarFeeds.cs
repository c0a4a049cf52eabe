using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments.Exports;

/// <summary>
/// The per-person iCalendar feed: one VEVENT per open commitment the person owns, at its due instant (UTC), with a
/// stable UID so calendar apps update rather than duplicate, and a reminder 15 minutes before.
/// </summary>
public static class CalendarFeeds
{
    public static readonly TimeSpan EventLength = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan ReminderBefore = TimeSpan.FromMinutes(15);

    public static string Uid(Guid commitmentId) => $"commitment-{commitmentId:D}@baton";

    public static string PathOf(Guid personId, string secret) => $"calendar/{personId:D}/{secret}.ics";

    /// <summary>Creates the signed-in person's feed, or rotates its secret. Returns the new secret; it is not stored.</summary>
    public static async Task<string> RotateAsync(BatonDb db, ClaimsPrincipal user, DateTime now, CancellationToken ct)
    {
        var personId = Access.Principals.PersonIdOf(user) ?? throw new NotPermittedException("actorId", "Only a signed-in person has a calendar feed.");
        var (secret, hash) = CalendarFeed.NewSecret();
        var feed = await db.Set<CalendarFeed>().FirstOrDefaultAsync(f => f.PersonId == personId, ct);
        var rotated = feed is not null;
        if (feed is null)
        {
            db.Set<CalendarFeed>().Add(new CalendarFeed { PersonId = personId, SecretHash = hash, CreatedAt = now });
        }
        else
        {
            feed.SecretHash = hash;
            feed.RotatedAt = now;
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", personId), AuditEventType.CalendarFeedRotated,
            rotated ? new { feed = "previous secret" } : null, new { feed = "new secret" }, rotated ? "calendar feed rotated; the old URL stops working" : "calendar feed created", ct);
        await db.SaveChangesAsync(ct);
        return secret;
    }

    /// <summary>Whether the person has a feed, and since when (for the Desk card; the secret itself is never shown again).</summary>
    public static Task<CalendarFeed?> FindAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        db.Set<CalendarFeed>().AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == personId, ct);

    /// <summary>The feed's text, or null when the person, the feed or the secret does not match (the caller answers 404).</summary>
    public static async Task<string?> RenderAsync(BatonDb db, Guid personId, string secret, DateTime now, string baseUrl, CancellationToken ct)
    {
        var feed = await FindAsync(db, personId, ct);
        if (feed is null || !feed.Matches(secret))
        {
            return null;
        }
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DisplayName, p.Active }).FirstOrDefaultAsync(ct);
        if (person is not { Active: true })
        {
            return null;
        }
        var open = await db.Commitments.AsNoTracking()
            .Where(c => c.OwnerId == personId && c.Status != CommitmentStatus.Closed)
            .OrderBy(c => c.Due).ThenBy(c => c.Id)
            .AsSplitQuery().ToListAsync(ct);
        var names = await NameBook.LoadAsync(db, open, ct);
        var calendar = new Calendar { ProductId = "-//Baton//Commitments//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Baton: {person.DisplayName}");
        foreach (var c in open)
        {
            var summary = CommitmentViews.Summary(c, names, now);
            var link = $"{baseUrl.TrimEnd('/')}/commitments/{c.Id:D}";
            var promisee = summary.Promisee.Name ?? summary.Promisee.Kind.ToString().ToLowerInvariant();
            var e = new CalendarEvent
            {
                Uid = Uid(c.Id),
                Summary = $"{KindText(c.Kind)}: {promisee}",
                Description = $"{c.What}\n\n{link}",
                Url = new Uri(link),
                DtStart = new CalDateTime(c.Due, "UTC"),
                DtEnd = new CalDateTime(c.Due + EventLength, "UTC"),
                DtStamp = new CalDateTime(now, "UTC"),
                Sequence = c.Version,
            };
            e.Alarms.Add(new Alarm
            {
                Action = AlarmAction.Display,
                Description = $"Due in 15 minutes: {KindText(c.Kind)} for {promisee}",
                Trigger = new Trigger(Duration.FromMinutes(-(int)ReminderBefore.TotalMinutes)),
            });
            calendar.Events.Add(e);
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }

    public static string KindText(CommitmentKind kind) => kind switch
    {
        CommitmentKind.FollowUp => "Follow-up",
        CommitmentKind.Handoff => "Hand-off",
        CommitmentKind.ActionItem => "Action item",
        _ => kind.ToString(),
    };
}

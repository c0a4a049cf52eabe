using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Notifications;

public sealed record NotificationView(Guid Id, Guid? CommitmentId, string Text, DateTime CreatedAt, DateTime? ReadAt, bool Read);

/// <summary>A person's inbox: how many are unread, and the newest notifications first.</summary>
public sealed record InboxView(int Unread, IReadOnlyList<NotificationView> Items);

/// <summary>
/// Reading and marking one person's own notifications; the API and the Inbox page and bell share it.
/// Marking publishes LiveChange("notifications-read", person, [person]) so every open bell of that person recounts.
/// </summary>
public static class InboxQuery
{
    public const string ReadKind = "notifications-read";
    public const int MaxTake = 500;

    public static async Task<InboxView> LoadAsync(BatonDb db, Guid personId, bool unreadOnly, int take, CancellationToken ct)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.PersonId == personId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, ct);
        var items = await (unreadOnly ? mine.Where(n => n.ReadAt == null) : mine)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(Math.Clamp(take, 1, MaxTake))
            .ToListAsync(ct);
        return new InboxView(unread, [.. items.Select(View)]);
    }

    public static Task<int> UnreadCountAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.PersonId == personId && n.ReadAt == null, ct);

    /// <summary>One of the person's own notifications; null when there is none with this id for them.</summary>
    public static async Task<NotificationView?> FindAsync(BatonDb db, Guid personId, Guid id, CancellationToken ct)
    {
        var n = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.PersonId == personId, ct);
        return n is null ? null : View(n);
    }

    /// <summary>Marks one of the person's own notifications read; null (nothing changes) when it is not theirs or does not exist.</summary>
    public static async Task<NotificationView?> MarkReadAsync(BatonDb db, LiveUpdates live, Guid personId, Guid id, DateTime now, CancellationToken ct)
    {
        var n = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.PersonId == personId, ct);
        if (n is null)
        {
            return null;
        }
        if (n.ReadAt is null)
        {
            n.MarkRead(now);
            await db.SaveChangesAsync(ct);
            live.Publish(new LiveChange(ReadKind, personId, [personId]));
        }
        return View(n);
    }

    /// <summary>Marks every unread notification of the person read; returns how many.</summary>
    public static async Task<int> MarkAllReadAsync(BatonDb db, LiveUpdates live, Guid personId, DateTime now, CancellationToken ct)
    {
        var marked = await db.Notifications.Where(n => n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        if (marked > 0)
        {
            live.Publish(new LiveChange(ReadKind, personId, [personId]));
        }
        return marked;
    }

    public static NotificationView View(Notification n) => new(n.Id, n.CommitmentId, n.Text, n.CreatedAt, n.ReadAt, n.ReadAt is not null);
}

using System.Security.Claims;
using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Commitments;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Notifications;

/// <summary>
/// The signed-in person's own inbox. GET /api/v1/notifications?unread=true&amp;take=, POST /api/v1/notifications/{id}/read,
/// POST /api/v1/notifications/read-all. Someone else's notification is 404, exactly as if it did not exist.
/// </summary>
public static class NotificationsApi
{
    public sealed record MarkedAll(int Marked);

    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/notifications").WithTags("Notifications").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", List).WithName("MyNotifications")
            .WithSummary("My notifications, newest first, with the unread count; unread=true for the unread ones only");
        group.MapPost("/{id:guid}/read", MarkRead).WithName("MarkNotificationRead").WithSummary("Mark one of my notifications read");
        group.MapPost("/read-all", MarkAllRead).WithName("MarkAllNotificationsRead").WithSummary("Mark all my notifications read");
        return app;
    }

    private static async Task<Ok<InboxView>> List(bool? unread, int? take, ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await InboxQuery.LoadAsync(db, CommitmentWork.RequirePerson(user), unread == true, take ?? 100, ct));

    private static async Task<Results<Ok<NotificationView>, NotFound>> MarkRead(Guid id, ClaimsPrincipal user, BatonDb db, LiveUpdates live,
        TimeProvider time, CancellationToken ct)
    {
        var view = await InboxQuery.MarkReadAsync(db, live, CommitmentWork.RequirePerson(user), id, Instants.FromTimeProvider(time), ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    private static async Task<Ok<MarkedAll>> MarkAllRead(ClaimsPrincipal user, BatonDb db, LiveUpdates live, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(new MarkedAll(await InboxQuery.MarkAllReadAsync(db, live, CommitmentWork.RequirePerson(user), Instants.FromTimeProvider(time), ct)));
}

using Baton.Core.Audit;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Notifications;
using Baton.Server.Infrastructure;

namespace Baton.Server.Features.Routing;

/// <summary>The steps routing's use cases share: audit events on work-item/{id}, notifications and live changes.</summary>
public static class RoutingWork
{
    /// <summary>Live change kind for offers; the Desk's offers panel reloads on it.</summary>
    public const string LiveKind = "routing";

    public static string SubjectOf(Guid workItemId) => AuditTrail.SubjectOf("work-item", workItemId);

    public static Task RecordAsync(BatonDb db, Actor actor, DateTime now, WorkItem item, AuditEventType type, object? before, object? after,
        string? reason, CancellationToken ct) =>
        db.RecordAsync(actor, now, SubjectOf(item.Id), type, before, after, reason, ct);

    public static object Snapshot(WorkItem item) => new
    {
        kind = item.Kind.ToString(), item.ReferenceId, item.Queue, item.DepartmentId, item.RequiredSkills, item.Priority,
        status = item.Status.ToString(), item.AssigneeId, item.Overflowed,
    };

    public static void Notify(BatonDb db, Guid personId, WorkItem item, string text, DateTime now)
    {
        var commitmentId = item.Kind is WorkItemKind.Handoff or WorkItemKind.Callback ? item.ReferenceId : (Guid?)null;
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), personId, commitmentId, text, now));
    }

    public static void Tell(BatonDb db, Guid offerId, params Guid[] people) => db.PublishAfterCommit(new LiveChange(LiveKind, offerId, people));
}

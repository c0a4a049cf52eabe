using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// PUT /api/v1/telephony/queues/{name} {departmentId, menu: [{choice, label, departmentId}]} (Manager or Admin):
/// defines the queue the PBX names, or changes its department and IVR menu.
/// </summary>
public static class SaveCallQueue
{
    public sealed record MenuOptionRequest(string? Choice, string? Label, Guid? DepartmentId);

    public sealed record Request(Guid? DepartmentId, List<MenuOptionRequest>? Menu);

    public static async Task<Ok<CallQueueView>> Handle(string name, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct) =>
        TypedResults.Ok(await ExecuteAsync(db, Actor.From(user), Instants.FromTimeProvider(time), name, request, ct));

    public static async Task<CallQueueView> ExecuteAsync(BatonDb db, Actor actor, DateTime now, string name, Request request, CancellationToken ct)
    {
        var queueName = IvrMenu.RequireQueueName(name);
        var departments = await db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync(ct);
        if (request.DepartmentId is not { } departmentId || !departments.Contains(departmentId))
        {
            throw new DomainException("departmentId", "Name the department that answers this queue.");
        }
        var menu = IvrMenu.Validate((request.Menu ?? []).Select(o => new IvrMenuOption(o?.Choice ?? "", o?.Label ?? "", o?.DepartmentId ?? Guid.Empty)));
        for (var i = 0; i < menu.Count; i++)
        {
            if (!departments.Contains(menu[i].DepartmentId))
            {
                throw new DomainException($"menu[{i}].departmentId", "There is no department with this id.");
            }
        }
        var queue = await db.CallQueues.FirstOrDefaultAsync(q => q.Name == queueName, ct);
        var before = queue is null ? null : Snapshot(queue);
        if (queue is null)
        {
            queue = new CallQueue(Guid.CreateVersion7(), queueName, departmentId, menu, now);
            db.CallQueues.Add(queue);
        }
        else
        {
            queue.Change(departmentId, menu, now);
        }
        await db.RecordAsync(actor, now, AuditTrail.SubjectOf("call-queue", queue.Id), AuditEventType.CallQueueSaved, before, Snapshot(queue), null, ct);
        await db.SaveChangesAsync(ct);
        return (await CallQueueView.ViewsAsync(db, [queue], ct))[0];
    }

    private static object Snapshot(CallQueue q) => new { q.Name, q.DepartmentId, Menu = q.Menu.Select(o => new { o.Choice, o.Label, o.DepartmentId }).ToList() };
}

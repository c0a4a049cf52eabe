using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Telephony;

public sealed record MenuOptionView(string Choice, string Label, Guid DepartmentId, string DepartmentName);

/// <summary>A queue with its department and IVR menu, department names resolved.</summary>
public sealed record CallQueueView(Guid Id, string Name, Guid DepartmentId, string DepartmentName, IReadOnlyList<MenuOptionView> Menu, DateTime UpdatedAt)
{
    public static async Task<List<CallQueueView>> ViewsAsync(BatonDb db, IReadOnlyList<CallQueue> queues, CancellationToken ct)
    {
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        string NameOf(Guid id) => names.GetValueOrDefault(id, "unknown");
        return queues.Select(q => new CallQueueView(q.Id, q.Name, q.DepartmentId, NameOf(q.DepartmentId),
            q.Menu.Select(o => new MenuOptionView(o.Choice, o.Label, o.DepartmentId, NameOf(o.DepartmentId))).ToList(), q.UpdatedAt)).ToList();
    }
}

/// <summary>GET /api/v1/telephony/queues: every queue Baton knows, by name.</summary>
public static class ListCallQueues
{
    public static async Task<Ok<List<CallQueueView>>> Handle(BatonDb db, CancellationToken ct)
    {
        var queues = await db.CallQueues.AsNoTracking().OrderBy(q => q.Name).ToListAsync(ct);
        return TypedResults.Ok(await CallQueueView.ViewsAsync(db, queues, ct));
    }
}

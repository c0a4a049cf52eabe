using Baton.Core;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// GET /api/v1/telephony/misrouting?days=7: per queue and IVR menu option, how many calls came in by that option and
/// how many of them reached the wrong department and had to be transferred to another one, so misrouting is visible.
/// </summary>
public static class MisroutingReport
{
    public sealed record Row(string Queue, string Choice, string Label, string MeantFor, int Calls, int Misrouted, IReadOnlyList<string> TransferredTo);

    public static async Task<Ok<List<Row>>> Handle(BatonDb db, TimeProvider time, int? days, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, Instants.FromTimeProvider(time), days ?? 7, ct));

    public static async Task<List<Row>> QueryAsync(BatonDb db, DateTime now, int days, CancellationToken ct)
    {
        if (days is < 1 or > 366)
        {
            throw new DomainException("days", "Look back 1 to 366 days.");
        }
        var since = now.AddDays(-days);
        var queues = await db.CallQueues.AsNoTracking().ToListAsync(ct);
        var departmentOfQueue = queues.ToDictionary(q => q.Name, q => q.DepartmentId, StringComparer.Ordinal);
        var departmentNames = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var calls = await db.Interactions.AsNoTracking()
            .Where(i => i.MenuOption != null && i.QueuedAt >= since)
            .Select(i => new { i.QueueId, i.MenuOption, i.TransferredTo })
            .ToListAsync(ct);
        var rows = new List<Row>();
        foreach (var queue in queues.OrderBy(q => q.Name, StringComparer.Ordinal))
        {
            foreach (var option in queue.Menu)
            {
                var byOption = calls.Where(c => c.QueueId == queue.Id && c.MenuOption == option.Choice).ToList();
                var misrouted = byOption
                    .Where(c => IvrMenu.IsMisrouted(option.DepartmentId, c.TransferredTo.Select(t => departmentOfQueue.TryGetValue(t, out var d) ? d : (Guid?)null)))
                    .ToList();
                var targets = misrouted.SelectMany(c => c.TransferredTo).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                rows.Add(new Row(queue.Name, option.Choice, option.Label, departmentNames.GetValueOrDefault(option.DepartmentId, "unknown"),
                    byOption.Count, misrouted.Count, targets));
            }
        }
        return rows;
    }
}

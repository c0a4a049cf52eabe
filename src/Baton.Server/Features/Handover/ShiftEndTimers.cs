using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Handover;

/// <summary>
/// Keeps one pending <c>shift.end-handover</c> timer per shift, due Handover:LeadMinutes before the shift ends.
/// It runs as part of every save: a shift added (People use case, People page, demo seed, import) gets its timer,
/// a moved shift gets its timer moved, a deleted shift loses it, all in the same transaction as the shift itself.
/// Shifts already over get none; a shift ending within the lead time gets one due at once.
/// </summary>
public sealed class ShiftEndTimers(TimeProvider time, IConfiguration configuration) : SaveChangesInterceptor
{
    public const string Kind = "shift.end-handover";
    private const string KindPrefix = "shift.";

    private readonly HandoverOptions _options = HandoverOptions.From(configuration);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BatonDb db)
        {
            await FollowShiftsAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is BatonDb db)
        {
            FollowShiftsAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    /// <summary>When a shift's handover is due: the lead time before its end, but never in the past.</summary>
    public static DateTime DueFor(Shift shift, DateTime now, HandoverOptions options)
    {
        var due = shift.End - options.Lead;
        return due > now ? due : now;
    }

    private async Task FollowShiftsAsync(BatonDb db, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<Shift>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted
                        || (e.State == EntityState.Modified && (e.Property(s => s.End).IsModified || e.Property(s => s.Start).IsModified)))
            .Select(e => (e.Entity, e.State))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var now = Instants.FromTimeProvider(time);
        foreach (var (shift, state) in changed)
        {
            if (state != EntityState.Added)
            {
                await db.CancelAsync(shift.Id, KindPrefix, now, ct);
            }
            if (state != EntityState.Deleted && shift.End > now)
            {
                db.Schedule(Kind, shift.Id, DueFor(shift, now, _options), now, shift.PersonId.ToString("D"));
            }
        }
    }
}

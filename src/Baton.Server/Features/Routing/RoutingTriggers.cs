using Baton.Core;
using Baton.Core.Cases;
using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Routing;

/// <summary>
/// Asks for a routing pass in the same save as any change that can change who should be offered what, whoever makes it:
/// a presence change (from the Desk, the People page or call events), an activation, a hand-off to a department, a
/// commitment closed, made overdue or passed on, a case passed on or completed. Shifts are not followed: people coming on
/// shift make themselves Available, and that change is.
/// </summary>
public sealed class RoutingTriggers(TimeProvider time) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BatonDb db && db.ChangeTracker.Entries().Any(Matters))
        {
            await RoutingPasses.RequestAsync(db, Instants.FromTimeProvider(time), cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is BatonDb db && db.ChangeTracker.Entries().Any(Matters))
        {
            RoutingPasses.RequestAsync(db, Instants.FromTimeProvider(time), CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    private static bool Matters(EntityEntry entry) => entry.Entity switch
    {
        Person => entry.State == EntityState.Modified && (Modified(entry, nameof(Person.Presence)) || Modified(entry, nameof(Person.Active))),
        Commitment c => (entry.State == EntityState.Added && c.AwaitingAcceptance && c.DepartmentId is not null)
                        || (entry.State == EntityState.Modified && (Modified(entry, nameof(Commitment.OwnerId)) || Modified(entry, nameof(Commitment.Status))
                                                                    || Modified(entry, nameof(Commitment.AwaitingAcceptance)))),
        Case => entry.State == EntityState.Modified && (Modified(entry, nameof(Case.OwnerId)) || Modified(entry, nameof(Case.Status))),
        _ => false,
    };

    private static bool Modified(EntityEntry entry, string property) => entry.Property(property).IsModified;
}

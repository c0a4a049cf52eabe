using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>
/// Keeps <see cref="CommitmentFactRow"/> in step with its commitment inside the same save, so the facts can never
/// disagree with the ledger: every change to a commitment bumps its version, so every changed commitment is Modified.
/// </summary>
public sealed class CommitmentFactsProjector : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Project(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Project(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Project(DbContext? context)
    {
        if (context is not BatonDb db)
        {
            return;
        }
        var changed = db.ChangeTracker.Entries<Commitment>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (e.Entity, Added: e.State == EntityState.Added))
            .ToList();
        if (changed.Count == 0)
        {
            return;
        }
        var facts = db.CommitmentFacts;
        foreach (var (commitment, added) in changed)
        {
            var fact = CommitmentFacts.From(commitment);
            if (facts.Local.FindEntry(commitment.Id) is { } tracked)
            {
                tracked.Entity.Apply(fact);
            }
            else if (added)
            {
                facts.Add(CommitmentFactRow.From(fact));
            }
            else
            {
                facts.Update(CommitmentFactRow.From(fact));
            }
        }
    }
}

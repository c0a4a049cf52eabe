using Baton.Server.Data;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Scorecards.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// Appends to the daily tallies, inside the same save, what changed in commitment facts, calls and surveys: each
/// changed row's new contribution minus its old one, the old one read from the database (so it is right however the
/// entity was attached). Registered after <see cref="CommitmentFactsProjector"/>, whose fact rows it counts.
/// </summary>
public sealed class DailyTallyRecorder : SaveChangesInterceptor
{
    // A call's other columns change with every PBX event; only these move its figures.
    private static readonly string[] CallColumns =
    [
        nameof(Interaction.AgentId), nameof(Interaction.QueuedAt), nameof(Interaction.AnsweredAt), nameof(Interaction.HandleSeconds),
        nameof(Interaction.Resolved), nameof(Interaction.RepeatGapSeconds),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is BatonDb db)
        {
            RecordAsync(db, async: false, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BatonDb db)
        {
            await RecordAsync(db, async: true, cancellationToken);
        }
        return result;
    }

    private static async ValueTask RecordAsync(BatonDb db, bool async, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var entries = new List<TallyEntry>();

        var facts = Changed<CommitmentFactRow>(db);
        var factIds = Existing(facts).Select(e => e.Entity.Id).ToList();
        if (factIds.Count > 0)
        {
            var old = await LoadAsync(db.CommitmentFacts.AsNoTracking().Where(f => factIds.Contains(f.Id)), async, ct);
            entries.AddRange(old.SelectMany(f => TallyContributions.Negated(TallyContributions.Of(f))));
        }
        entries.AddRange(Current(facts).SelectMany(e => TallyContributions.Of(e.Entity)));

        var calls = Changed<Interaction>(db).Where(e => e.State != EntityState.Modified || CallColumns.Any(c => e.Property(c).IsModified)).ToList();
        var callIds = Existing(calls).Select(e => e.Entity.Id).ToList();
        if (callIds.Count > 0)
        {
            var old = await LoadAsync(db.Interactions.AsNoTracking().Where(i => callIds.Contains(i.Id))
                .Select(CallTallyInput.FromRow), async, ct);
            entries.AddRange(old.SelectMany(c => TallyContributions.Negated(TallyContributions.Of(c))));
        }
        entries.AddRange(Current(calls).SelectMany(e => TallyContributions.Of(CallTallyInput.Of(e.Entity))));

        var surveys = Changed<InteractionSurvey>(db);
        var surveyIds = Existing(surveys).Select(e => e.Entity.InteractionId).ToList();
        if (surveyIds.Count > 0)
        {
            var old = await LoadAsync(db.InteractionSurveys.AsNoTracking().Where(s => surveyIds.Contains(s.InteractionId))
                .Select(SurveyTallyInput.FromRow), async, ct);
            entries.AddRange(old.SelectMany(s => TallyContributions.Negated(TallyContributions.Of(s))));
        }
        entries.AddRange(Current(surveys).SelectMany(e => TallyContributions.Of(SurveyTallyInput.Of(e.Entity))));

        foreach (var ((person, day), counters) in TallyContributions.Sum(entries))
        {
            DailyTallyRows.Add(db, person, day, counters);
        }
    }

    private static List<EntityEntry<T>> Changed<T>(BatonDb db) where T : class =>
        [.. db.ChangeTracker.Entries<T>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)];

    // Rows the database already holds, whose old contribution is taken back.
    private static IEnumerable<EntityEntry<T>> Existing<T>(IEnumerable<EntityEntry<T>> entries) where T : class =>
        entries.Where(e => e.State is EntityState.Modified or EntityState.Deleted);

    // Rows as they will be after the save.
    private static IEnumerable<EntityEntry<T>> Current<T>(IEnumerable<EntityEntry<T>> entries) where T : class =>
        entries.Where(e => e.State is EntityState.Added or EntityState.Modified);

    private static async ValueTask<List<T>> LoadAsync<T>(IQueryable<T> query, bool async, CancellationToken ct) =>
        async ? await query.ToListAsync(ct) : query.ToList();
}

using System.Globalization;
using Baton.Core;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>The calls behind a call figure, oldest first, at most <see cref="ScorecardQuery.MaxItems"/>: the drill-down of <see cref="InteractionFigures"/>.</summary>
public static class InteractionItems
{
    /// <summary>Null for an unknown figure or part.</summary>
    public static async Task<List<ScorecardItem>?> ListAsync(BatonDb db, FigureScope scope, string figure, string? part, CancellationToken ct)
    {
        if (InteractionFigures.Rows(db, figure, scope) is not var (rows, counted) || ScorecardQuery.Part(rows, counted, part) is not { } selected)
        {
            return null;
        }
        var calls = await selected.OrderBy(i => i.QueuedAt).ThenBy(i => i.Id).Take(ScorecardQuery.MaxItems).ToListAsync(ct);
        var ids = calls.Select(i => i.Id).ToList();
        var countedIds = (await rows.Where(i => ids.Contains(i.Id)).Where(counted).Select(i => i.Id).ToListAsync(ct)).ToHashSet();
        var scores = await db.InteractionSurveys.AsNoTracking().Where(s => ids.Contains(s.InteractionId))
            .ToDictionaryAsync(s => s.InteractionId, s => s.Score, ct);
        var agentIds = calls.Select(i => i.AgentId).OfType<Guid>().Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => agentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var notes = await ScorecardQuery.LatestNotesAsync(db, ids, ct);
        return
        [
            .. calls.Select(i => new ScorecardItem(i.Id, null, $"Call from {i.Caller} ({i.QueueName})", Instants.Normalize(i.QueuedAt),
                i.EndedAt is { } ended ? Instants.Normalize(ended) : null, null, i.AgentId ?? Guid.Empty,
                i.AgentId is { } agent ? names.GetValueOrDefault(agent, "?") : "nobody", countedIds.Contains(i.Id),
                notes.GetValueOrDefault(i.Id)?.Status, notes.GetValueOrDefault(i.Id)?.Text, ContextItemKind.Interaction,
                Detail(i.HandleSeconds, i.Resolved, i.Topic, scores.TryGetValue(i.Id, out var score) ? score : null))),
        ];
    }

    private static string Detail(double? handleSeconds, bool? resolved, string? topic, int? score)
    {
        var parts = new List<string>();
        if (handleSeconds is { } seconds)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{seconds / 60:0.#} min"));
        }
        parts.Add(resolved switch
        {
            true => $"resolved: {topic}",
            false => $"not resolved: {topic}",
            null => "not wrapped up",
        });
        if (score is { } s)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"score {s} of 5"));
        }
        return string.Join(" · ", parts);
    }
}

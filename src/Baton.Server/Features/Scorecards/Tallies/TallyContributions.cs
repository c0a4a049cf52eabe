using System.Linq.Expressions;
using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Scorecards.Facts;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>What one call adds to the tallies: the columns of <see cref="Interaction"/> the figures read.</summary>
public sealed record CallTallyInput(Guid Id, Guid? AgentId, DateTime QueuedAt, DateTime? AnsweredAt, double? HandleSeconds, bool? Resolved,
    double? RepeatGapSeconds)
{
    /// <summary>The projection queries select, so a call's transcript and notes are never read for its figures.</summary>
    public static readonly Expression<Func<Interaction, CallTallyInput>> FromRow =
        i => new CallTallyInput(i.Id, i.AgentId, i.QueuedAt, i.AnsweredAt, i.HandleSeconds, i.Resolved, i.RepeatGapSeconds);

    private static readonly Func<Interaction, CallTallyInput> FromEntity = FromRow.Compile();

    public static CallTallyInput Of(Interaction call) => FromEntity(call);
}

/// <summary>What one survey adds to the tallies.</summary>
public sealed record SurveyTallyInput(Guid InteractionId, Guid HandledById, DateTime InteractionAt, int Score)
{
    public static readonly Expression<Func<InteractionSurvey, SurveyTallyInput>> FromRow =
        s => new SurveyTallyInput(s.InteractionId, s.HandledById, s.InteractionAt, s.Score);

    private static readonly Func<InteractionSurvey, SurveyTallyInput> FromEntity = FromRow.Compile();

    public static SurveyTallyInput Of(InteractionSurvey survey) => FromEntity(survey);
}

/// <summary>One counter of one person's day changing by an amount.</summary>
public readonly record struct TallyEntry(Guid PersonId, int Day, int Column, double Amount);

/// <summary>
/// What a commitment fact, a call or a survey contributes to the daily tallies: the same attribution and definitions as
/// <see cref="FactFigures"/> and <see cref="InteractionFigures"/> (the long-call and repeat-window defaults), pure.
/// A change is the new contribution minus the old one.
/// </summary>
public static class TallyContributions
{
    private static readonly double LongCallSeconds = FigureScope.DefaultLongCallMinutes * 60;
    private static readonly double RepeatWindowSeconds = TimeSpan.FromDays(FigureScope.DefaultRepeatWindowDays).TotalSeconds;

    public static IEnumerable<TallyEntry> Of(CommitmentFactRow f) => [.. Closed(f), .. Accepted(f), .. Escalation(f), .. Due(f)];

    /// <summary>A promise closed Kept or Broken: to the owner at closing, on the day it closed.</summary>
    public static IEnumerable<TallyEntry> Closed(CommitmentFactRow f)
    {
        if (f is not { Outcome: Outcome.Kept or Outcome.Broken, ClosedAt: { } closedAt })
        {
            yield break;
        }
        var day = DailyTally.DayOf(closedAt);
        var kept = f.Outcome == Outcome.Kept;
        yield return new(f.OwnerId, day, TallyColumns.Judged, 1);
        yield return new(f.OwnerId, day, TallyColumns.Kept, kept ? 1 : 0);
        yield return new(f.OwnerId, day, TallyColumns.KeptOnTime, kept && f.ClosedOnTime ? 1 : 0);
        if (f.Kind == CommitmentKind.Callback)
        {
            yield return new(f.OwnerId, day, TallyColumns.Callbacks, 1);
            yield return new(f.OwnerId, day, TallyColumns.CallbackAttempts, f.Attempts);
        }
    }

    /// <summary>An accepted hand-off: to who accepted it, on the day of acceptance.</summary>
    public static IEnumerable<TallyEntry> Accepted(CommitmentFactRow f)
    {
        if (f is not { AcceptedAt: { } acceptedAt, AcceptedById: { } acceptedBy })
        {
            yield break;
        }
        var day = DailyTally.DayOf(acceptedAt);
        var minutes = f.AcceptanceMinutes ?? 0;
        yield return new(acceptedBy, day, TallyColumns.Accepted, 1);
        yield return new(acceptedBy, day, TallyColumns.AcceptanceMinutes, minutes);
        yield return new(acceptedBy, day, TallyColumns.Acceptance + DurationScale.Commitments.BucketOf(minutes), 1);
    }

    /// <summary>An escalation acted on: to its owner at the first action, on that day.</summary>
    public static IEnumerable<TallyEntry> Escalation(CommitmentFactRow f)
    {
        if (f is not { Kind: CommitmentKind.Escalation, FirstActionAt: { } actedAt, FirstActionOwnerId: { } actedBy })
        {
            yield break;
        }
        var day = DailyTally.DayOf(actedAt);
        var minutes = f.ResponseMinutes ?? 0;
        yield return new(actedBy, day, TallyColumns.Escalations, 1);
        yield return new(actedBy, day, TallyColumns.ResponseMinutes, minutes);
        yield return new(actedBy, day, TallyColumns.Response + DurationScale.Commitments.BucketOf(minutes), 1);
    }

    /// <summary>A closed promise, neither renegotiated nor cancelled: to its owner, on the day it was due.</summary>
    public static IEnumerable<TallyEntry> Due(CommitmentFactRow f)
    {
        if (f.Outcome is not { } outcome || outcome == Outcome.Renegotiated || outcome == Outcome.Cancelled)
        {
            yield break;
        }
        var day = DailyTally.DayOf(f.Due);
        yield return new(f.OwnerId, day, TallyColumns.DueClosed, 1);
        yield return new(f.OwnerId, day, TallyColumns.DueMet, outcome == Outcome.Kept && f.ClosedOnTime ? 1 : 0);
    }

    public static IEnumerable<TallyEntry> Of(CallTallyInput call)
    {
        if (call is not { AgentId: { } agent, AnsweredAt: not null, HandleSeconds: { } seconds })
        {
            yield break;
        }
        var day = DailyTally.DayOf(call.QueuedAt);
        var isLong = seconds >= LongCallSeconds;
        var resolved = call.Resolved == true && (call.RepeatGapSeconds is null || call.RepeatGapSeconds > RepeatWindowSeconds);
        yield return new(agent, day, TallyColumns.Handled, 1);
        yield return new(agent, day, TallyColumns.HandleSeconds, seconds);
        yield return new(agent, day, TallyColumns.LongCalls, isLong ? 1 : 0);
        yield return new(agent, day, TallyColumns.ResolvedFirst, resolved ? 1 : 0);
        yield return new(agent, day, TallyColumns.LongResolved, isLong && resolved ? 1 : 0);
        yield return new(agent, day, TallyColumns.Handle + DurationScale.Calls.BucketOf(seconds / 60), 1);
    }

    public static IEnumerable<TallyEntry> Of(SurveyTallyInput survey)
    {
        var day = DailyTally.DayOf(survey.InteractionAt);
        yield return new(survey.HandledById, day, TallyColumns.Surveys, 1);
        yield return new(survey.HandledById, day, TallyColumns.SurveyScore, survey.Score);
        yield return new(survey.HandledById, day, TallyColumns.Satisfied, survey.Score >= 4 ? 1 : 0);
    }

    public static IEnumerable<TallyEntry> Negated(IEnumerable<TallyEntry> entries) => entries.Select(e => e with { Amount = -e.Amount });

    /// <summary>Adds entries up per person and day, leaving out days whose counters all cancel.</summary>
    public static Dictionary<(Guid PersonId, int Day), double[]> Sum(IEnumerable<TallyEntry> entries)
    {
        var days = new Dictionary<(Guid PersonId, int Day), double[]>();
        AddTo(days, entries);
        foreach (var key in days.Where(d => d.Value.All(v => v == 0)).Select(d => d.Key).ToList())
        {
            days.Remove(key);
        }
        return days;
    }

    public static void AddTo(Dictionary<(Guid PersonId, int Day), double[]> days, IEnumerable<TallyEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!days.TryGetValue((e.PersonId, e.Day), out var counters))
            {
                days[(e.PersonId, e.Day)] = counters = new double[TallyColumns.Count];
            }
            counters[e.Column] += e.Amount;
        }
    }
}

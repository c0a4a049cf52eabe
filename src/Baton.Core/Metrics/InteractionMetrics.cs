namespace Baton.Core.Metrics;

/// <summary>Customer satisfaction: the mean score and the share of satisfied answers (4 or 5).</summary>
public sealed record CsatFigure(MeanFigure Score, RateFigure Satisfied);

/// <summary>
/// Handle time never travels alone: beside the mean and median it carries first-contact resolution and the kept rate,
/// and counts long calls that resolved the issue as good (LongCallsResolved: of the calls at or above the threshold,
/// those resolved at first contact). Only <see cref="InteractionMetrics.HandleTime"/> makes one.
/// </summary>
public sealed class HandleTimeFigure
{
    internal HandleTimeFigure(DurationFigure time, RateFigure firstContactResolution, RateFigure keptRate, TimeSpan longCall, RateFigure longCallsResolved)
    {
        Time = time;
        FirstContactResolution = firstContactResolution;
        KeptRate = keptRate;
        LongCall = longCall;
        LongCallsResolved = longCallsResolved;
    }

    public DurationFigure Time { get; }
    public RateFigure FirstContactResolution { get; }
    public RateFigure KeptRate { get; }
    /// <summary>The threshold at or above which a call is long.</summary>
    public TimeSpan LongCall { get; }
    public RateFigure LongCallsResolved { get; }
}

/// <summary>
/// Scorecard math over interactions, attributed to the person who handled each one. Interactions are judged when they
/// happened in the period; later interactions passed in still count as repeat contacts. Items whose id is in
/// <c>excluded</c> are not judged. A null scope means everyone.
/// </summary>
public static class InteractionMetrics
{
    /// <summary>
    /// An interaction is resolved at first contact when its handler marked it resolved and no other interaction with the
    /// same customer and issue key followed within <paramref name="repeatWindow"/> after it. Pass interactions up to
    /// the period's end plus the window, or the last ones will look resolved too early.
    /// </summary>
    public static RateFigure FirstContactResolution(IEnumerable<InteractionFact> interactions, Period period, TimeSpan repeatWindow,
        IReadOnlySet<Guid> excluded, Scope? scope = null)
    {
        var all = Materialize(interactions, period, excluded);
        var resolved = ResolvedAtFirstContact(all, repeatWindow);
        return RateFigure.Of(Judged(all, period, excluded, scope), i => i.InteractionId, resolved.Contains);
    }

    /// <summary>Mean and median handle time with first-contact resolution, the kept rate and the long calls that resolved the issue beside them.</summary>
    public static HandleTimeFigure HandleTime(IEnumerable<InteractionFact> interactions, IEnumerable<CommitmentFact> commitments, Period period,
        TimeSpan repeatWindow, TimeSpan longCall, IReadOnlySet<Guid> excluded, Scope? scope = null)
    {
        var all = Materialize(interactions, period, excluded);
        var resolved = ResolvedAtFirstContact(all, repeatWindow);
        var judged = Judged(all, period, excluded, scope).ToList();
        return new HandleTimeFigure(
            DurationFigure.Of(judged, i => i.InteractionId, i => i.HandleTime),
            RateFigure.Of(judged, i => i.InteractionId, resolved.Contains),
            CommitmentMetrics.KeptRate(commitments, period, excluded, scope).Kept,
            longCall,
            RateFigure.Of(judged.Where(i => i.HandleTime >= longCall), i => i.InteractionId, resolved.Contains));
    }

    /// <summary>
    /// Survey scores attributed to the person who handled the interaction, not to whoever owns the case later.
    /// Satisfied means a score of 4 or 5. Each interaction has at most one response; scores run from 1 to 5.
    /// </summary>
    public static CsatFigure Csat(IEnumerable<InteractionFact> interactions, IEnumerable<SurveyResponse> surveys, Period period,
        IReadOnlySet<Guid> excluded, Scope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(surveys);
        var scores = new Dictionary<Guid, int>();
        foreach (var survey in surveys)
        {
            if (survey.Score is < 1 or > 5)
            {
                throw new DomainException("score", "A satisfaction score runs from 1 to 5.");
            }
            if (!scores.TryAdd(survey.InteractionId, survey.Score))
            {
                throw new DomainException("interactionId", "An interaction has at most one survey response.");
            }
        }
        var answered = Judged(Materialize(interactions, period, excluded), period, excluded, scope)
            .Where(i => scores.ContainsKey(i.InteractionId))
            .ToList();
        return new CsatFigure(
            MeanFigure.Of(answered, i => i.InteractionId, i => scores[i.InteractionId]),
            RateFigure.Of(answered, i => i.InteractionId, i => scores[i.InteractionId] >= 4));
    }

    private static List<InteractionFact> Materialize(IEnumerable<InteractionFact> interactions, Period period, IReadOnlySet<Guid> excluded)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(excluded);
        return [.. interactions];
    }

    private static IEnumerable<InteractionFact> Judged(List<InteractionFact> all, Period period, IReadOnlySet<Guid> excluded, Scope? scope) =>
        all.Where(i => period.Contains(i.At) && !excluded.Contains(i.InteractionId) && (scope ?? Scope.Everyone).Includes(i.HandledById));

    /// <summary>
    /// The resolved interactions with no repeat contact within the window after them: a later contact of the same customer
    /// about the same issue, or about an issue nobody has named yet (it may well be the same one).
    /// </summary>
    private static HashSet<InteractionFact> ResolvedAtFirstContact(List<InteractionFact> all, TimeSpan repeatWindow)
    {
        var result = new HashSet<InteractionFact>(ReferenceEqualityComparer.Instance);
        foreach (var customer in all.GroupBy(i => i.CustomerId))
        {
            var ordered = customer.OrderBy(i => i.At).ToList();
            foreach (var interaction in ordered.Where(i => i.Resolved))
            {
                var repeated = ordered.Any(other => other.At - interaction.At <= repeatWindow
                    && RepeatContacts.Repeats(ContactOf(other), ContactOf(interaction)));
                if (!repeated)
                {
                    result.Add(interaction);
                }
            }
        }
        return result;
    }

    private static Contact ContactOf(InteractionFact i) => new(i.InteractionId, i.At, i.IssueKey);
}

namespace Baton.Core.Metrics;

/// <summary>Everything a scorecard is computed from, as plain facts.</summary>
/// <param name="Commitments">Commitments closed, accepted, acted on or due in the period (more do no harm).</param>
/// <param name="Interactions">Interactions in the period and up to the repeat-contact window after it.</param>
/// <param name="Surveys">Satisfaction answers for those interactions.</param>
/// <param name="Excluded">Ids of commitments and interactions with an accepted context note: they count for and against nobody.</param>
public sealed record ScorecardInputs(
    IReadOnlyList<CommitmentFact> Commitments,
    IReadOnlyList<InteractionFact> Interactions,
    IReadOnlyList<SurveyResponse> Surveys,
    IReadOnlySet<Guid> Excluded);

/// <summary>How the figures are measured.</summary>
/// <param name="RepeatContactWindow">A contact about the same issue within this long after an interaction means it was not resolved.</param>
/// <param name="LongCall">Handle time at or above this is a long call.</param>
/// <param name="AcceptanceSla">How soon a hand-off should be accepted.</param>
/// <param name="Elapsed">How time between two instants is counted (a business calendar's BusinessTimeBetween); wall-clock time when null.</param>
public sealed record ScorecardSettings(
    TimeSpan RepeatContactWindow,
    TimeSpan LongCall,
    TimeSpan AcceptanceSla,
    Func<DateTime, DateTime, TimeSpan>? Elapsed = null);

/// <summary>
/// The light-touch figures for one scope over one period, each with its numerator, denominator, value (null when there
/// is no data) and the ids behind it. Deliberately no overall score: figures are read side by side, never ranked.
/// </summary>
public sealed record Scorecard(
    Scope Scope,
    Period Period,
    RateFigure KeptRate,
    RateFigure OnTimeRate,
    MeanFigure AttemptsPerCallback,
    AcceptanceFigure HandoffAcceptance,
    DurationFigure EscalationResponse,
    RateFigure FirstContactResolution,
    HandleTimeFigure HandleTime,
    CsatFigure Csat,
    RateFigure SlaMet)
{
    /// <summary>The scorecard of one scope; <paramref name="asOf"/> decides whether an open commitment's due time has passed.</summary>
    public static Scorecard For(Scope scope, Period period, ScorecardInputs inputs, ScorecardSettings settings, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(settings);
        var promises = CommitmentMetrics.KeptRate(inputs.Commitments, period, inputs.Excluded, scope);
        return new Scorecard(
            scope,
            period,
            promises.Kept,
            promises.OnTime,
            CommitmentMetrics.AttemptsPerCallback(inputs.Commitments, period, inputs.Excluded, scope),
            CommitmentMetrics.HandoffAcceptance(inputs.Commitments, period, inputs.Excluded, settings.AcceptanceSla, settings.Elapsed, scope),
            CommitmentMetrics.EscalationResponse(inputs.Commitments, period, inputs.Excluded, settings.Elapsed, scope),
            InteractionMetrics.FirstContactResolution(inputs.Interactions, period, settings.RepeatContactWindow, inputs.Excluded, scope),
            InteractionMetrics.HandleTime(inputs.Interactions, inputs.Commitments, period, settings.RepeatContactWindow, settings.LongCall, inputs.Excluded, scope),
            InteractionMetrics.Csat(inputs.Interactions, inputs.Surveys, period, inputs.Excluded, scope),
            CommitmentMetrics.SlaMet(inputs.Commitments, period, inputs.Excluded, asOf, scope));
    }

    /// <summary>One scorecard per person, team and department in the membership, and one for the leadership, in the membership's stable order.</summary>
    public static IReadOnlyList<Scorecard> ForAll(Membership membership, Period period, ScorecardInputs inputs, ScorecardSettings settings, DateTime asOf)
    {
        ArgumentNullException.ThrowIfNull(membership);
        return [.. membership.Scopes().Select(scope => For(scope, period, inputs, settings, asOf))];
    }
}

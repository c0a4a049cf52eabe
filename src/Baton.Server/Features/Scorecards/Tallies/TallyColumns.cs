using Baton.Core.Metrics;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// The counters a <see cref="DailyTally"/> carries, in one fixed order: what the scorecard figures add up (counts,
/// summed minutes and seconds) and a histogram per duration on its <see cref="DurationScale"/>. Sums are doubles,
/// counts integers.
/// </summary>
public static class TallyColumns
{
    // Promises closed Kept or Broken, by the owner at closing, on the day they closed.
    public const int Judged = 0;
    public const int Kept = 1;
    public const int KeptOnTime = 2;
    public const int Callbacks = 3;
    public const int CallbackAttempts = 4;

    // Hand-offs, by who accepted them, on the day of acceptance.
    public const int Accepted = 5;
    public const int AcceptanceMinutes = 6;
    public const int Acceptance = 7;

    // Escalations, by the owner when first acted on, on that day.
    public static readonly int Escalations = Acceptance + DurationScale.Commitments.Buckets;
    public static readonly int ResponseMinutes = Escalations + 1;
    public static readonly int Response = ResponseMinutes + 1;

    // Closed promises (not renegotiated or cancelled) by owner, on the day they were due; open ones are read apart.
    public static readonly int DueClosed = Response + DurationScale.Commitments.Buckets;
    public static readonly int DueMet = DueClosed + 1;

    // Answered, ended calls by the agent who handled them, on the day they were queued.
    public static readonly int Handled = DueMet + 1;
    public static readonly int HandleSeconds = Handled + 1;
    public static readonly int LongCalls = HandleSeconds + 1;
    public static readonly int ResolvedFirst = LongCalls + 1;
    public static readonly int LongResolved = ResolvedFirst + 1;
    public static readonly int Handle = LongResolved + 1;

    // Survey scores, credited to the handler, on the day the call was queued.
    public static readonly int Surveys = Handle + DurationScale.Calls.Buckets;
    public static readonly int SurveyScore = Surveys + 1;
    public static readonly int Satisfied = SurveyScore + 1;

    public static readonly int Count = Satisfied + 1;

    /// <summary>Column names, by index.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>Whether a column holds a sum of minutes or seconds (a double) rather than a count.</summary>
    public static bool IsSum(int column) => column == AcceptanceMinutes || column == ResponseMinutes || column == HandleSeconds;

    private static string[] BuildNames()
    {
        var names = new string[Count];
        names[Judged] = "Judged";
        names[Kept] = "Kept";
        names[KeptOnTime] = "KeptOnTime";
        names[Callbacks] = "Callbacks";
        names[CallbackAttempts] = "CallbackAttempts";
        names[Accepted] = "Accepted";
        names[AcceptanceMinutes] = "AcceptanceMinutes";
        Buckets(names, Acceptance, "Acceptance", DurationScale.Commitments);
        names[Escalations] = "Escalations";
        names[ResponseMinutes] = "ResponseMinutes";
        Buckets(names, Response, "Response", DurationScale.Commitments);
        names[DueClosed] = "DueClosed";
        names[DueMet] = "DueMet";
        names[Handled] = "Handled";
        names[HandleSeconds] = "HandleSeconds";
        names[LongCalls] = "LongCalls";
        names[ResolvedFirst] = "ResolvedFirst";
        names[LongResolved] = "LongResolved";
        Buckets(names, Handle, "Handle", DurationScale.Calls);
        names[Surveys] = "Surveys";
        names[SurveyScore] = "SurveyScore";
        names[Satisfied] = "Satisfied";
        return names;
    }

    // Named by bound, e.g. Acceptance15 (at most 15 minutes) and AcceptanceOver (beyond the last bound).
    private static void Buckets(string[] names, int first, string prefix, DurationScale scale)
    {
        for (var i = 0; i < scale.Buckets; i++)
        {
            names[first + i] = i < scale.BoundsMinutes.Count ? $"{prefix}{scale.BoundsMinutes[i]:0}" : $"{prefix}Over";
        }
    }
}

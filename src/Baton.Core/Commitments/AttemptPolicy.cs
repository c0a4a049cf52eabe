using System.Globalization;

namespace Baton.Core.Commitments;

/// <summary>The outcome of checking attempts against a policy; Unmet lists each missing requirement in plain words.</summary>
public sealed record AttemptPolicyEvaluation(bool IsSatisfied, int AttemptsCounted, IReadOnlyList<string> Unmet);

/// <summary>
/// How hard someone must try before a commitment may be closed as unreachable: how many failed tries
/// (over <see cref="CountedChannel"/>, any channel when null), how far apart, over which parts of the day,
/// whether a written "we tried to reach you" must follow the last try, and whether a lead must sign off.
/// </summary>
public sealed record AttemptPolicy(
    int MinAttempts,
    TimeSpan MinSpacing,
    bool RequireDifferentPartsOfDay,
    bool RequireSecondChannelAfterLast,
    bool RequiresLeadSignOff,
    AttemptChannel? CountedChannel = null)
{
    /// <summary>Callbacks: three calls at least two hours apart, not all in one part of the day, then an email or SMS.</summary>
    public static readonly AttemptPolicy Callback = new(3, TimeSpan.FromHours(2), true, true, false, AttemptChannel.Phone);

    /// <summary>Other kinds: one failed try of any kind is enough.</summary>
    public static readonly AttemptPolicy Lenient = new(1, TimeSpan.Zero, false, false, false);

    public static AttemptPolicy For(CommitmentKind kind) => kind == CommitmentKind.Callback ? Callback : Lenient;

    public AttemptPolicyEvaluation Evaluate(IEnumerable<Attempt> attempts, TimeZoneInfo? timeZone = null)
    {
        var zone = timeZone ?? TimeZoneInfo.Utc;
        var all = InOrder(attempts);
        var tries = all.Where(Counts).ToList();
        var unmet = new List<string>();

        if (tries.Count < MinAttempts)
        {
            unmet.Add(string.Create(CultureInfo.InvariantCulture, $"{tries.Count} of {MinAttempts} {TriesNoun} made"));
        }
        else if (Spaced(tries).Count < MinAttempts)
        {
            unmet.Add($"attempts must be at least {Describe(MinSpacing)} apart");
        }
        if (RequireDifferentPartsOfDay && tries.Count > 0)
        {
            var parts = tries.Select(a => PartsOfDay.Of(a.At, zone)).Distinct().ToList();
            if (parts.Count < 2)
            {
                unmet.Add($"all attempts were in the {PartsOfDay.Name(parts[0])}");
            }
        }
        if (RequireSecondChannelAfterLast && !HasWrittenNoticeAfterLastTry(all))
        {
            unmet.Add(CountedChannel == AttemptChannel.Phone ? "no email or SMS after the last call" : "no email or SMS after the last attempt");
        }
        return new AttemptPolicyEvaluation(unmet.Count == 0, tries.Count, unmet);
    }

    /// <summary>
    /// The earliest instant at or after <paramref name="now"/> when the next attempt would count towards the policy;
    /// null once the policy is satisfied. Timers schedule the next-attempt reminder from it.
    /// </summary>
    public DateTime? NextAttemptAt(IEnumerable<Attempt> attempts, DateTime now, TimeZoneInfo? timeZone = null)
    {
        var zone = timeZone ?? TimeZoneInfo.Utc;
        now = Instants.Normalize(now);
        var list = attempts.ToList();
        if (Evaluate(list, zone).IsSatisfied)
        {
            return null;
        }
        var tries = InOrder(list).Where(Counts).ToList();
        var spaced = Spaced(tries);
        var parts = tries.Select(a => PartsOfDay.Of(a.At, zone)).Distinct().ToList();
        var countDone = spaced.Count >= MinAttempts;
        var partsDone = !RequireDifferentPartsOfDay || parts.Count >= 2;
        if (countDone && partsDone)
        {
            // Only the written notice is missing, and it can go out at once.
            return now;
        }

        var candidate = spaced.Count == 0 ? now : Max(now, spaced[^1].At + MinSpacing);
        // When the next try is the last one needed, it must land in a part of the day not yet tried.
        if (RequireDifferentPartsOfDay && parts.Count == 1 && spaced.Count + 1 >= MinAttempts && PartsOfDay.Of(candidate, zone) == parts[0])
        {
            candidate = PartsOfDay.NextPartStart(candidate, zone);
        }
        return candidate;
    }

    /// <summary>A failed try over the counted channel; reaching the promisee is not a failed try.</summary>
    private bool Counts(Attempt attempt) =>
        !attempt.Reached && (CountedChannel is null || attempt.Channel == CountedChannel);

    private string TriesNoun => CountedChannel switch
    {
        null => "attempts",
        AttemptChannel.Phone => "phone attempts",
        AttemptChannel.Sms => "SMS attempts",
        { } channel => $"{channel.ToString().ToLowerInvariant()} attempts",
    };

    private static List<Attempt> InOrder(IEnumerable<Attempt> attempts) => [.. attempts.OrderBy(a => a.At).ThenBy(a => a.Sequence)];

    /// <summary>The longest run of tries, taken in order, each at least MinSpacing after the previous one taken.</summary>
    private List<Attempt> Spaced(List<Attempt> tries)
    {
        var chain = new List<Attempt>();
        foreach (var attempt in tries)
        {
            if (chain.Count == 0 || attempt.At - chain[^1].At >= MinSpacing)
            {
                chain.Add(attempt);
            }
        }
        return chain;
    }

    /// <summary>An email or SMS after the last spoken try (phone, chat or in person). Nothing to follow means nothing missing.</summary>
    private bool HasWrittenNoticeAfterLastTry(List<Attempt> inOrder)
    {
        var lastTry = inOrder.FindLastIndex(a => Counts(a) && !IsWritten(a.Channel));
        return lastTry < 0 || inOrder.Skip(lastTry + 1).Any(a => IsWritten(a.Channel));
    }

    private static bool IsWritten(AttemptChannel channel) => channel is AttemptChannel.Email or AttemptChannel.Sms;

    private static DateTime Max(DateTime a, DateTime b) => a >= b ? a : b;

    private static string Describe(TimeSpan span)
    {
        if (span.Ticks % TimeSpan.TicksPerHour == 0)
        {
            var hours = (long)span.TotalHours;
            return string.Create(CultureInfo.InvariantCulture, $"{hours} {(hours == 1 ? "hour" : "hours")}");
        }
        var minutes = (long)Math.Ceiling(span.TotalMinutes);
        return string.Create(CultureInfo.InvariantCulture, $"{minutes} {(minutes == 1 ? "minute" : "minutes")}");
    }
}

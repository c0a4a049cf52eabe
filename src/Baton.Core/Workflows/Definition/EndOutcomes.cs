namespace Baton.Core.Workflows;

/// <summary>How a case can end. A fixed list so reports can group cases by outcome.</summary>
public static class EndOutcomes
{
    public static readonly IReadOnlyList<string> Known =
    [
        "resolved", "escalated", "sold", "not_interested", "handed_off",
        "callback_scheduled", "follow_up_scheduled", "no_answer", "cancelled", "refunded", "abandoned",
    ];

    public static bool IsKnown(string outcome) => Known.Contains(outcome, StringComparer.Ordinal);
}

namespace Baton.Core.Workflows;

/// <summary>
/// Word weights from -3 (very negative) to +3 (very positive) for call notes and transcripts.
/// The list is original to Baton, written for call-center language, and licensed with the project.
/// </summary>
public static class SentimentLexicon
{
    public const int MaxWeight = 3;

    public static readonly IReadOnlyDictionary<string, int> Weights = Parse("""
        +3: love loved loves lovely excellent amazing awesome fantastic wonderful perfect brilliant outstanding
            superb delighted thrilled excited exciting ecstatic marvelous marvellous phenomenal
            terrific incredible exceptional best
        +2: good great happy glad pleased like liked likes enjoy enjoyed nice helpful useful interested
            interesting keen eager satisfied impressed impressive recommend recommended appreciate appreciated
            thanks thank thankful grateful fine reliable easy smooth quick fast friendly polite kind
            patient resolved fixed solved works working worked valuable worth bargain deal yes
            definitely certainly agree agreed accept accepted welcome pleasant comfortable confident
            trust trusted upgrade improvement improved better beautiful cool fair generous
            affordable convenient clear happier pleasure sounds_good
        +1: ok okay sure alright reasonable decent acceptable adequate calm curious hope hopefully
            understand understood fair_enough right correct ready available possible willing open
            simple steady stable cheap cheaper save saving savings benefit benefits free included
        -1: unsure doubt doubtful concerned concern concerns worried worry hesitant confused confusing
            expensive pricey costly busy later slow slower complicated difficult hard tricky strange odd
            unclear wait waiting delay delayed pending issue issues problem problems doubts
            tired limited missing lost late mistake mistakes error errors bug bugs glitch
        -2: bad poor unhappy sad upset annoyed annoying frustrated frustrating frustration disappointed
            disappointing disappointment unhelpful useless broken faulty defective damaged fail failed
            failing failure wrong rude unfair overpriced waste wasted complain complaint complaints
            angry mad irritated irritating dislike unacceptable refund cancel cancelled canceled
            cancellation unsubscribe stop annoyance slowly hassle nuisance pointless dissatisfied
            unreliable crash crashes crashed stuck dead worse nope
        -3: terrible horrible awful worst hate hated hates disgusting furious outrageous scam fraud
            ripoff pathetic ridiculous disaster nightmare livid appalling atrocious unbearable
            incompetent lawyer sue lawsuit
        """);

    /// <summary>Words that flip the sentiment of a word up to three words later.</summary>
    public static readonly IReadOnlySet<string> Negators = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "hardly", "barely",
        "cannot", "dont", "doesnt", "didnt", "isnt", "wasnt", "wont", "cant", "aint", "arent", "werent",
    };

    /// <summary>Words that strengthen the next word.</summary>
    public static readonly IReadOnlySet<string> Intensifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "very", "really", "extremely", "so", "super", "totally", "completely", "absolutely", "incredibly", "truly",
    };

    /// <summary>Words and phrases of someone who has not made up their mind.</summary>
    public static readonly IReadOnlyList<string> Hedges =
    [
        "maybe", "perhaps", "possibly", "unsure", "undecided", "not sure", "think about it", "think it over",
        "let me think", "need to think", "considering", "on the fence", "not yet", "not now", "might", "dunno",
        "don't know", "call me later", "send me information", "send me details", "talk to my",
    ];

    /// <summary>Reads "+2: word word" lines; an underscore joins a two-word phrase such as sounds_good.</summary>
    private static Dictionary<string, int> Parse(string table)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        var weight = 0;
        foreach (var token in table.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.EndsWith(':'))
            {
                weight = int.Parse(token.TrimEnd(':'), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            weights[token.Replace('_', ' ')] = weight;
        }
        return weights;
    }
}

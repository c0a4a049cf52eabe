namespace Baton.Core.Workflows;

/// <summary>Where a sentiment reading came from.</summary>
public enum SentimentSource
{
    /// <summary>No tag and no text: neutral by default.</summary>
    None = 0,
    /// <summary>The agent tagged the conversation; this always wins.</summary>
    Agent = 1,
    /// <summary>Scored from the notes/transcript with the word list.</summary>
    Lexicon = 2,
}

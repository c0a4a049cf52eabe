using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class SentimentTests
{
    [Theory]
    [InlineData("I love it, this is great!", SentimentTag.Positive)]
    [InlineData("This is terrible, I am very angry.", SentimentTag.Negative)]
    [InlineData("I am not happy with this.", SentimentTag.Negative)]
    [InlineData("Honestly it's not bad at all.", SentimentTag.Positive)]
    [InlineData("Maybe, I need to think about it.", SentimentTag.OnTheFence)]
    [InlineData("I'm not sure yet.", SentimentTag.OnTheFence)]
    [InlineData("I like the battery but the price is awful.", SentimentTag.OnTheFence)]
    [InlineData("The order number is A-1001.", SentimentTag.Neutral)]
    public void Lexicon_tags_text(string text, SentimentTag expected)
    {
        var reading = SentimentReading.Of(null, text);

        Assert.Equal(expected, reading.Tag);
        Assert.Equal(SentimentSource.Lexicon, reading.Source);
    }

    [Fact]
    public void Negation_flips_and_weakens_a_word()
    {
        var happy = SentimentScorer.Score("I am happy").Value;
        var notHappy = SentimentScorer.Score("I am not happy").Value;
        var neverHappy = SentimentScorer.Score("I was never really happy").Value;
        var dontLike = SentimentScorer.Score("I don't like it").Value;

        Assert.True(happy > 0);
        Assert.True(notHappy < 0);
        Assert.True(Math.Abs(notHappy) < happy);
        Assert.True(neverHappy < 0);
        Assert.True(dontLike < 0);
    }

    [Fact]
    public void Negation_stops_at_the_end_of_a_clause()
    {
        var score = SentimentScorer.Score("No. Happy with it.");

        Assert.True(score.Value > 0);
        Assert.Equal(0, score.NegativeWords);
    }

    [Fact]
    public void Intensifier_strengthens_a_word()
    {
        Assert.True(SentimentScorer.Score("very good, ok").Value > SentimentScorer.Score("good, ok").Value);
    }

    [Fact]
    public void Scores_stay_within_minus_one_and_one()
    {
        Assert.Equal(1, SentimentScorer.Score("extremely excellent").Value);
        Assert.Equal(-1, SentimentScorer.Score("absolutely terrible").Value);
        Assert.Equal(0, SentimentScorer.Score("").Value);
    }

    [Fact]
    public void Agent_tag_takes_precedence_over_the_text()
    {
        var reading = SentimentReading.Of(SentimentTag.Negative, "I love it, this is great!");

        Assert.Equal(SentimentTag.Negative, reading.Tag);
        Assert.Equal(SentimentSource.Agent, reading.Source);
        Assert.Equal(SentimentReading.AnchorScore(SentimentTag.Negative), reading.Score);
    }

    [Fact]
    public void No_tag_and_no_text_is_neutral()
    {
        Assert.Equal(new SentimentReading(SentimentTag.Neutral, 0, SentimentSource.None), SentimentReading.Of(null, "  "));
    }

    [Fact]
    public void Curly_apostrophes_count_as_negation()
    {
        Assert.True(SentimentScorer.Score("I don\u2019t like it").Value < 0);
    }

    [Fact]
    public void Lexicon_has_a_few_hundred_words_weighted_within_range()
    {
        Assert.InRange(SentimentLexicon.Weights.Count, 200, 1000);
        Assert.All(SentimentLexicon.Weights.Values, w => Assert.InRange(w, -SentimentLexicon.MaxWeight, SentimentLexicon.MaxWeight));
        Assert.DoesNotContain(0, SentimentLexicon.Weights.Values);
    }

    [Fact]
    public void Tags_have_a_yaml_spelling_that_round_trips()
    {
        foreach (var tag in Enum.GetValues<SentimentTag>())
        {
            Assert.True(SentimentTags.TryParse(SentimentTags.Name(tag), out var parsed));
            Assert.Equal(tag, parsed);
        }
        Assert.Equal("on_the_fence", SentimentTags.Name(SentimentTag.OnTheFence));
    }
}

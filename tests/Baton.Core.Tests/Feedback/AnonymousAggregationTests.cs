using CsCheck;
using Baton.Core.Feedback;

namespace Baton.Core.Tests.Feedback;

public sealed class AnonymousAggregationTests
{
    private static readonly DateTime March = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly FeedbackTarget Lena = FeedbackTarget.Person(Guid.Parse("00000000-0000-0000-0000-00000000001e"));

    private static AnonymousFact Fact(string giver, string text, FeedbackTarget? target = null, DateTime? period = null,
        FeedbackTheme theme = FeedbackTheme.Communication) => new(target ?? Lena, period ?? March, giver, theme, text);

    [Fact]
    public void Fewer_than_three_distinct_givers_yield_nothing_at_all()
    {
        Assert.Empty(AnonymousAggregation.Aggregate([Fact("g1", "a"), Fact("g2", "b")]));
        Assert.Null(AnonymousAggregation.For(Lena, March, [Fact("g1", "a"), Fact("g2", "b")]));
    }

    [Fact]
    public void The_same_giver_counts_once_however_often_they_write()
    {
        Assert.Empty(AnonymousAggregation.Aggregate([Fact("g1", "a"), Fact("g1", "b"), Fact("g1", "c"), Fact("g2", "d")]));
    }

    [Fact]
    public void Three_distinct_givers_show_counts_themes_and_texts_in_text_order()
    {
        var aggregate = Assert.Single(AnonymousAggregation.Aggregate(
        [
            Fact("g3", "zeal", theme: FeedbackTheme.Recognition), Fact("g1", "apples"), Fact("g2", "more updates please"), Fact("g1", "again"),
        ]));

        Assert.Equal((3, 4), (aggregate.Givers, aggregate.Items));
        Assert.Equal([new ThemeCount(FeedbackTheme.Recognition, 1), new ThemeCount(FeedbackTheme.Communication, 3)], aggregate.Themes);
        Assert.Equal(["again", "apples", "more updates please", "zeal"], aggregate.Texts);
    }

    [Fact]
    public void Receivers_and_months_are_counted_apart()
    {
        var other = FeedbackTarget.Department(Guid.NewGuid());
        var april = March.AddMonths(1);

        var visible = AnonymousAggregation.Aggregate(
        [
            Fact("g1", "a"), Fact("g2", "b"), Fact("g3", "c", target: other), Fact("g3", "c", period: april),
            Fact("x1", "d", target: FeedbackTarget.Leadership), Fact("x2", "e", target: FeedbackTarget.Leadership), Fact("x3", "f", target: FeedbackTarget.Leadership),
        ]);

        var leadership = Assert.Single(visible);
        Assert.Equal(FeedbackTarget.Leadership, leadership.Target);
    }

    [Fact]
    public void Property_no_visible_aggregate_ever_has_fewer_than_three_givers()
    {
        Gen.Select(Gen.Int[0, 4], Gen.Int[0, 2], Gen.Int[0, 1]).Array[0, 30].Sample(rows =>
        {
            var targets = new[] { Lena, FeedbackTarget.Leadership, FeedbackTarget.Department(Guid.Parse("00000000-0000-0000-0000-0000000000d1")) };
            var facts = rows.Select(r => Fact($"g{r.Item1}", "t", targets[r.Item2], March.AddMonths(r.Item3))).ToList();
            foreach (var aggregate in AnonymousAggregation.Aggregate(facts))
            {
                var givers = facts.Where(f => f.Target == aggregate.Target && f.PeriodStart == aggregate.PeriodStart).Select(f => f.GiverKey).Distinct().Count();
                Assert.True(givers >= AnonymousAggregation.MinimumGivers);
                Assert.Equal(givers, aggregate.Givers);
            }
        });
    }
}

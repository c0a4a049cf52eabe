using Baton.Core.Workflows.Bottlenecks;
using static Baton.Core.Tests.Workflows.Bottlenecks.BottleneckScenario;

namespace Baton.Core.Tests.Workflows.Bottlenecks;

public sealed class SlowCasesTests
{
    private readonly BottleneckScenario _s = new();
    private static readonly DateTime Day = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_slowest_come_first_with_every_pass_added_up_and_waiting_ones_counted_so_far()
    {
        var quick = _s.Case(Day, ("ask", 5));
        var looping = _s.Case(Day, ("ask", 20), ("later", 60), ("ask", 25));
        var stuck = _s.Case(Now.AddHours(-2), ("ask", null));
        _s.Case(Day, ("other", 500));

        var slow = SlowCases.At("ask", _s.Facts.Visits, March, null, Now, 20);

        Assert.Equal([stuck, looping, quick], slow.Select(c => c.CaseId));
        Assert.Equal((TimeSpan.FromHours(2), 1, true), (slow[0].TimeInNode, slow[0].Passes, slow[0].Waiting));
        Assert.Equal((TimeSpan.FromMinutes(45), 2, false), (slow[1].TimeInNode, slow[1].Passes, slow[1].Waiting));
        Assert.Equal(Day.AddMinutes(80), slow[1].LastEnteredAt);
    }

    [Fact]
    public void Ties_go_by_case_id_and_take_limits_the_list()
    {
        var ids = Enumerable.Range(0, 5).Select(_ => _s.Case(Day, ("ask", 10))).ToList();

        var slow = SlowCases.At("ask", _s.Facts.Visits, March, null, Now, 3);

        Assert.Equal(ids.Order().Take(3), slow.Select(c => c.CaseId));
        Assert.Throws<DomainException>(() => SlowCases.At("ask", _s.Facts.Visits, March, null, Now, 0));
        Assert.Throws<DomainException>(() => SlowCases.At("ask", _s.Facts.Visits, March, null, Now, SlowCases.MaxTake + 1));
    }

    [Fact]
    public void Only_the_version_asked_for_counts()
    {
        var old = _s.CaseOn(1, Day, ("ask", 50));
        var current = _s.CaseOn(2, Day, ("ask", 10));

        Assert.Equal([current], SlowCases.At("ask", _s.Facts.Visits, March, 2, Now, 20).Select(c => c.CaseId));
        Assert.Equal([old, current], SlowCases.At("ask", _s.Facts.Visits, March, null, Now, 20).Select(c => c.CaseId));
        Assert.Empty(SlowCases.At("nowhere", _s.Facts.Visits, March, null, Now, 20));
    }
}

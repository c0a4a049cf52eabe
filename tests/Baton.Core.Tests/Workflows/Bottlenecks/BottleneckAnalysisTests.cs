using Baton.Core.Metrics;
using Baton.Core.Workflows.Bottlenecks;
using static Baton.Core.Tests.Workflows.Bottlenecks.BottleneckScenario;

namespace Baton.Core.Tests.Workflows.Bottlenecks;

public sealed class BottleneckAnalysisTests
{
    private readonly BottleneckScenario _s = new();
    private static readonly DateTime Day = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private static TimeSpan Minutes(double m) => TimeSpan.FromMinutes(m);

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two_and_p90_is_nearest_rank()
    {
        foreach (var minutes in new[] { 4.0, 1, 3, 2 })
        {
            _s.Case(Day, ("ask", minutes), ("check", 10 * minutes));
        }

        var report = _s.Report();

        var ask = report.Node("ask");
        Assert.Equal((4, 4, Minutes(2.5), Minutes(4)), (ask.Visits, ask.Cases, ask.Median, ask.P90));
        var check = report.Node("check");
        Assert.Equal((Minutes(25), Minutes(40)), (check.Median, check.P90));
        Assert.Equal(4, report.Cases);
    }

    [Fact]
    public void Ten_passes_of_one_to_ten_minutes_have_p50_five_and_a_half_and_p90_nine()
    {
        for (var m = 10; m >= 1; m--)
        {
            _s.Case(Day.AddHours(m), ("ask", m));
        }

        var ask = _s.Report().Node("ask");

        Assert.Equal((10, Minutes(5.5), Minutes(9)), (ask.Visits, ask.Median, ask.P90));
    }

    [Fact]
    public void A_single_pass_is_its_own_median_and_p90_and_the_hottest_node()
    {
        _s.Case(Day, ("ask", 7));

        var ask = _s.Report().Node("ask");

        Assert.Equal((1, Minutes(7), Minutes(7), 1.0), (ask.Visits, ask.Median, ask.P90, ask.Heat));
    }

    [Fact]
    public void A_node_nobody_visited_has_no_figures_and_no_heat()
    {
        _s.Case(Day, ("ask", 5));

        var report = _s.Report();

        Assert.Equal(["ask"], report.Nodes.Select(n => n.NodeId));
        var unvisited = report.Node("never");
        Assert.Equal(NodeBottleneck.Empty("never"), unvisited);
        Assert.Null(unvisited.Heat);
        var none = BottleneckAnalysis.Compute(new BottleneckFacts([], [], []), March, null, Now);
        Assert.Empty(none.Nodes);
        Assert.Null(none.SlowestP90);
        Assert.Equal(0, none.Cases);
    }

    [Fact]
    public void A_loop_counts_every_pass_but_the_case_once()
    {
        _s.Case(Day, ("ask", 2), ("later", 60), ("ask", 4), ("later", 60), ("ask", 6));

        var ask = _s.Report().Node("ask");

        Assert.Equal((3, 1, Minutes(4), Minutes(6)), (ask.Visits, ask.Cases, ask.Median, ask.P90));
        Assert.Equal((2, 1), (_s.Report().Node("later").Visits, _s.Report().Node("later").Cases));
    }

    [Fact]
    public void A_pass_still_open_is_waiting_with_the_time_so_far_and_stays_out_of_the_percentiles()
    {
        _s.Case(Day, ("ask", 10));
        _s.Case(Now.AddHours(-3), ("ask", null));
        _s.Case(Now.AddMinutes(-30), ("ask", null));

        var ask = _s.Report().Node("ask");

        Assert.Equal((1, Minutes(10), Minutes(10)), (ask.Visits, ask.Median, ask.P90));
        Assert.Equal((2, TimeSpan.FromHours(3)), (ask.Waiting, ask.LongestWaiting));
        Assert.Equal(3, _s.Report().Cases);
    }

    [Fact]
    public void A_case_stuck_since_before_the_period_is_still_waiting()
    {
        _s.Case(PeriodStart.AddDays(-40), ("ask", null));

        var ask = _s.Report().Node("ask");

        Assert.Equal((0, 1), (ask.Visits, ask.Waiting));
        Assert.Equal(Now - PeriodStart.AddDays(-40), ask.LongestWaiting);
        Assert.Null(ask.Heat);
    }

    [Fact]
    public void A_pass_counts_in_the_period_it_finished_whole_and_the_period_is_half_open()
    {
        _s.Case(PeriodStart.AddHours(-2), ("ask", 180));         // entered before, left in the period: 3 h counts
        _s.Case(PeriodStart.AddHours(-5), ("ask", 60));          // left before the period
        _s.Case(PeriodEnd.AddHours(-1), ("ask", 60));            // left exactly at the end: next period

        var report = _s.Report(now: PeriodEnd.AddDays(5));

        var ask = report.Node("ask");
        Assert.Equal((1, TimeSpan.FromHours(3)), (ask.Visits, ask.P90));
        // Seen from after the period: the pass open at its end was waiting then, for the hour before the end.
        Assert.Equal((1, TimeSpan.FromHours(1)), (ask.Waiting, ask.LongestWaiting));
        Assert.Equal(PeriodEnd, report.Window.AsOf);
    }

    [Fact]
    public void Cases_end_at_the_node_of_their_last_visit_by_outcome()
    {
        var resolved = _s.Case(Day, ("ask", 5));
        _s.End(resolved, "done", "resolved");
        var cancelled = _s.Case(Day, ("ask", 5));
        _s.End(cancelled, "stop", "cancelled");
        var abandoned = _s.Case(Day, ("ask", 5));
        _s.End(abandoned, "stop", "abandoned");
        var later = _s.Case(PeriodEnd.AddHours(1), ("ask", 5));
        _s.End(later, "done", "resolved");
        _s.Case(Day, ("ask", null));

        var report = _s.Report(now: PeriodEnd.AddDays(1));

        Assert.Equal(new NodeExits(1, 0, 0), report.Node("done").Exits);
        Assert.Equal(new NodeExits(0, 1, 1), report.Node("stop").Exits);
        Assert.Equal(2, report.Node("stop").Exits.Total);
        Assert.Equal(NodeExits.None, report.Node("ask").Exits);
        Assert.Equal((double?)0, report.Node("done").Heat);
        Assert.Equal(TimeSpan.Zero, report.Node("done").P90);
    }

    [Fact]
    public void A_transfer_counts_for_the_node_the_case_stood_at()
    {
        var id = _s.Case(Day, ("ask", 30), ("check", 30), ("wait", null));
        _s.Transfer(id, Day.AddMinutes(10));
        _s.Transfer(id, Day.AddMinutes(30)); // the instant it left ask and entered check
        _s.Transfer(id, Day.AddHours(5));
        _s.Transfer(id, PeriodStart.AddDays(-1)); // before the period

        var report = _s.Report();

        Assert.Equal((1, 1, 1), (report.Node("ask").TransfersOut, report.Node("check").TransfersOut, report.Node("wait").TransfersOut));
    }

    [Fact]
    public void A_migrated_case_keeps_its_earlier_visits_on_the_old_version()
    {
        var id = _s.CaseOn(1, Day, ("old_step", 10), ("ask", 20));
        _s.Continue(id, 2, ("new_step", 30));
        _s.End(id, "done", "resolved");
        _s.CaseOn(2, Day, ("ask", 40));

        var v1 = _s.Report(version: 1);
        var v2 = _s.Report(version: 2);
        var all = _s.Report();

        Assert.Equal(["ask", "old_step"], v1.Nodes.Select(n => n.NodeId));
        Assert.Equal(["ask", "done", "new_step"], v2.Nodes.Select(n => n.NodeId));
        Assert.Equal((1, Minutes(20)), (v1.Node("ask").Visits, v1.Node("ask").P90));
        Assert.Equal((1, Minutes(40)), (v2.Node("ask").Visits, v2.Node("ask").P90));
        Assert.Equal((2, Minutes(30)), (all.Node("ask").Visits, all.Node("ask").Median));
        Assert.Equal(0, v1.Node("done").Exits.Total);
        Assert.Equal(1, v2.Node("done").Exits.Total);
        Assert.Equal((1, 2, 2), (v1.Cases, v2.Cases, all.Cases));
    }

    [Fact]
    public void Heat_is_p90_against_the_slowest_p90()
    {
        _s.Case(Day, ("slow", 10), ("half", 5), ("instant", 0));

        var report = _s.Report();

        Assert.Equal((1.0, 0.5, 0.0), (report.Node("slow").Heat!.Value, report.Node("half").Heat!.Value, report.Node("instant").Heat!.Value));
        Assert.Equal(Minutes(10), report.SlowestP90);
        Assert.Equal((double?)0, BottleneckAnalysis.HeatOf(TimeSpan.Zero, TimeSpan.Zero));
        Assert.Null(BottleneckAnalysis.HeatOf(null, Minutes(1)));
    }

    [Fact]
    public void The_same_facts_give_the_same_report_in_any_order()
    {
        _s.Case(Day, ("b", 3), ("a", 1));
        _s.Case(Day, ("a", 2), ("b", 4), ("c", null));
        var facts = _s.Facts;
        var reversed = new BottleneckFacts([.. facts.Visits.Reverse()], [.. facts.Cases.Reverse()], []);

        var one = BottleneckAnalysis.Compute(facts, March, null, Now);
        var two = BottleneckAnalysis.Compute(reversed, March, null, Now);

        Assert.Equal(["a", "b", "c"], one.Nodes.Select(n => n.NodeId));
        Assert.Equal(one.Nodes, two.Nodes);
    }

    [Fact]
    public void End_outcomes_map_to_exit_kinds()
    {
        Assert.Equal(CaseExitKind.Cancelled, NodeExits.KindOf("cancelled"));
        Assert.Equal(CaseExitKind.Abandoned, NodeExits.KindOf("abandoned"));
        Assert.Equal(CaseExitKind.Completed, NodeExits.KindOf("sold"));
        Assert.Equal(CaseExitKind.Completed, NodeExits.KindOf(null));
    }

    [Fact]
    public void A_period_must_end_after_it_starts()
    {
        Assert.Throws<DomainException>(() => new Period(Now, Now));
    }
}

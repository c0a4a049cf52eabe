using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class WaitNodeTests
{
    private const string ForDuration = """
          - id: ask
            kind: Wait
            title: Cool off
            duration: PT30M
            next: done
          - { id: done, kind: End, title: Done, outcome: resolved }
        """;

    [Fact]
    public void Duration_wait_schedules_a_timer_and_waits()
    {
        var run = Run.Start(ForDuration);

        Assert.Equal(WorkflowStatus.Waiting, run.State.Status);
        Assert.Equal(run.Now.AddMinutes(30), run.State.WaitUntil);
        Assert.Equal(new ScheduleWait("ask", run.Now.AddMinutes(30), null), Assert.Single(run.Last.Effects));
    }

    [Fact]
    public void Resume_before_the_instant_changes_nothing_and_after_it_moves_on()
    {
        var run = Run.Start(ForDuration);
        var started = run.Now;

        run.Elapse(TimeSpan.FromMinutes(29)).Resume();
        Assert.Equal(WorkflowStatus.Waiting, run.State.Status);
        Assert.Empty(run.Last.Effects);

        run.Elapse(TimeSpan.FromMinutes(1)).Resume();
        Assert.Equal(WorkflowStatus.Completed, run.State.Status);
        Assert.Equal(new NodeVisit("ask", started, started.AddMinutes(30), NodeOutcomes.Next), run.State.Visits[0]);
    }

    [Fact]
    public void Wait_elapsed_too_early_is_refused()
    {
        var run = Run.Start(ForDuration);

        Assert.Equal("input", Assert.Throws<DomainException>(() => run.Advance(new WaitElapsed())).Field);
    }

    [Fact]
    public void Event_wait_moves_on_only_for_its_event()
    {
        var run = Run.Start("""
              - id: ask
                kind: Wait
                title: Until paid
                event: finance.payment_processed
                next: done
              - { id: done, kind: End, title: Done, outcome: sold }
            """);
        Assert.Equal(new ScheduleWait("ask", null, "finance.payment_processed"), Assert.Single(run.Last.Effects));
        Assert.Equal("finance.payment_processed", run.State.WaitEvent);

        Assert.Throws<DomainException>(() => run.Advance(new EventReceived("finance.refund_done")));
        Assert.Throws<DomainException>(() => run.Advance(new WaitElapsed()));
        run.Advance(new EventReceived("finance.payment_processed"));

        Assert.Equal("sold", run.State.EndOutcome);
    }

    [Fact]
    public void Wait_until_a_field_instant_waits_until_then_and_a_past_instant_goes_straight_on()
    {
        const string nodes = """
              - id: ask
                kind: Wait
                title: Until the parcel arrives
                untilField: parcel.expected_at
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """;
        var future = Run.Start(nodes, new WorkflowCaseContext(new Dictionary<string, string> { ["parcel.expected_at"] = "2025-03-04T12:00:00Z" }));
        var past = Run.Start(nodes, new WorkflowCaseContext(new Dictionary<string, string> { ["parcel.expected_at"] = "2025-03-01T12:00:00+01:00" }));

        Assert.Equal(new DateTime(2025, 3, 4, 12, 0, 0, DateTimeKind.Utc), future.State.WaitUntil);
        Assert.Equal(WorkflowStatus.Completed, past.State.Status);
    }

    [Fact]
    public void Wait_until_a_missing_field_names_the_field()
    {
        var error = Assert.Throws<DomainException>(() => Run.Start("""
              - id: ask
                kind: Wait
                title: Until the parcel arrives
                untilField: parcel.expected_at
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """));

        Assert.Equal("fields.parcel.expected_at", error.Field);
    }

    [Fact]
    public void Wait_needs_exactly_one_way_to_end()
    {
        var problem = Assert.Single(Yaml.Problems("""
              - id: ask
                kind: Wait
                title: Forever
                duration: PT1H
                event: something
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """));

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Yaml.AssertAt(problem, 8, 9);
    }
}

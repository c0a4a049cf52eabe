using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class WorkflowRunnerTests
{
    [Fact]
    public void Visits_record_when_each_node_was_entered_and_left()
    {
        var run = Run.Start("""
              - { id: ask, kind: Step, title: Ask, script: Ask it., next: check }
              - { id: check, kind: Step, title: Check, script: Check it., next: done }
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);
        var t0 = run.Now;

        run.Elapse(TimeSpan.FromMinutes(3)).Complete();
        run.Elapse(TimeSpan.FromMinutes(7)).Complete();

        Assert.Equal(
            [
                new NodeVisit("ask", t0, t0.AddMinutes(3), "next"),
                new NodeVisit("check", t0.AddMinutes(3), t0.AddMinutes(10), "next"),
                new NodeVisit("done", t0.AddMinutes(10), t0.AddMinutes(10), null),
            ],
            run.State.Visits);
    }

    [Fact]
    public void Effects_come_in_the_order_the_nodes_ran()
    {
        var run = Run.Start("""
              - { id: ask, kind: Callback, title: Call back, due: PT1H, next: mail }
              - id: mail
                kind: Action
                title: Mail
                email: { template: note, to: owner }
                next: done
              - { id: done, kind: End, title: Done, outcome: callback_scheduled }
            """);

        Assert.Equal(["callback, follow-up by sender", "email note to owner", "case ended callback_scheduled"], run.Last.Effects.Select(e => e.Describe()));
    }

    [Fact]
    public void State_of_another_workflow_version_is_refused()
    {
        var run = Run.Start("""
              - { id: ask, kind: Step, title: Ask, script: Ask it., next: done }
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);
        var other = run.State with { WorkflowVersion = 2 };

        var error = Assert.Throws<DomainException>(() => WorkflowRunner.Advance(run.Definition, other, new StepCompleted(new Dictionary<string, string>()), run.Now));

        Assert.Equal("workflow", error.Field);
    }

    [Fact]
    public void Automatic_loop_is_stopped_by_the_step_limit()
    {
        // A wait until an instant already past goes straight on, so this loop passes the validator yet never stops.
        var definition = Yaml.Definition("""
              - id: ask
                kind: Decision
                title: Spin
                branches:
                  - when: { keywords: [stop] }
                    to: done
                default: pause
              - { id: pause, kind: Wait, title: Pause, untilField: since, next: ask }
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);
        var context = new WorkflowCaseContext(new Dictionary<string, string> { ["since"] = "2000-01-01T00:00:00Z" });

        var error = Assert.Throws<DomainException>(() => WorkflowRunner.Start(definition, context, DateTime.UtcNow));

        Assert.Contains(WorkflowRunner.MaxStepsPerAdvance.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message);
    }

    [Fact]
    public void Local_time_is_refused()
    {
        var definition = Yaml.Definition("""
              - { id: ask, kind: Step, title: Ask, script: Ask it., next: done }
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);

        Assert.Throws<DomainException>(() => WorkflowRunner.Start(definition, WorkflowCaseContext.Empty, DateTime.Now));
    }
}

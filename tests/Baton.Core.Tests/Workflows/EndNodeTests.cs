using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class EndNodeTests
{
    private const string Nodes = """
          - id: ask
            kind: Step
            title: Ask
            script: Ask it.
            next: done
          - { id: done, kind: End, title: Done, outcome: escalated }
        """;

    [Fact]
    public void End_completes_the_case_with_its_outcome()
    {
        var run = Run.Start(Nodes);
        run.Elapse(TimeSpan.FromMinutes(5));

        run.Complete();

        Assert.Equal(WorkflowStatus.Completed, run.State.Status);
        Assert.Equal("escalated", run.State.EndOutcome);
        Assert.Equal(new CaseEnded("done", "escalated"), Assert.Single(run.Last.Effects));
        Assert.Equal(new NodeVisit("done", run.Now, run.Now, null), run.State.Visits[^1]);
        Assert.Empty(run.Definition.Node("done").Outcomes);
    }

    [Fact]
    public void A_completed_case_takes_no_more_input()
    {
        var run = Run.Start(Nodes);
        run.Complete();

        Assert.Equal("input", Assert.Throws<DomainException>(() => run.Complete()).Field);
    }
}

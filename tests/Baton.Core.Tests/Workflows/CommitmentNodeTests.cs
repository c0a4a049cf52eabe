using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class CommitmentNodeTests
{
    private static readonly WorkflowCaseContext Ada = new(new Dictionary<string, string> { ["customer.name"] = "Ada" });

    [Fact]
    public void Handoff_creates_a_handoff_commitment_and_moves_on()
    {
        var run = Run.Start("""
              - id: ask
                kind: Handoff
                title: To Finance
                department: Finance
                skill: refunds
                followUpOwner: receiver
                due: PT4H
                what: "Call {{fields.customer.name}} for bank details"
                next: done
              - { id: done, kind: End, title: Done, outcome: handed_off }
            """, Ada);

        var commitment = Assert.IsType<CreateCommitment>(run.Last.Effects[0]);
        Assert.Equal(new CreateCommitment("ask", WorkflowCommitmentKind.Handoff, "Finance", "refunds", FollowUpOwner.Receiver,
            run.Now.AddHours(4), "Call Ada for bank details"), commitment);
        Assert.Equal("handoff to Finance (skill refunds), follow-up by receiver", commitment.Describe());
        Assert.Equal(["ask", "done"], run.State.Path);
    }

    [Fact]
    public void Handoff_without_what_promises_its_title()
    {
        var run = Run.Start("""
              - id: ask
                kind: Handoff
                title: Route to Tech Support
                department: Tech Support
                followUpOwner: department
                due: P1D
                next: done
              - { id: done, kind: End, title: Done, outcome: handed_off }
            """);

        var commitment = Assert.IsType<CreateCommitment>(run.Last.Effects[0]);
        Assert.Equal("Route to Tech Support", commitment.What);
        Assert.Equal(run.Now.AddDays(1), commitment.DueAt);
    }

    [Fact]
    public void Callback_creates_a_callback_the_agent_owns()
    {
        var run = Run.Start("""
              - id: ask
                kind: Callback
                title: Call back
                due: PT30M
                what: "Call {{fields.customer.name}} back"
                next: done
              - { id: done, kind: End, title: Done, outcome: callback_scheduled }
            """, Ada);

        Assert.Equal(
            new CreateCommitment("ask", WorkflowCommitmentKind.Callback, null, null, FollowUpOwner.Sender, run.Now.AddMinutes(30), "Call Ada back"),
            run.Last.Effects[0]);
        Assert.Equal([NodeOutcomes.Next], run.Definition.Node("ask").Outcomes);
    }
}

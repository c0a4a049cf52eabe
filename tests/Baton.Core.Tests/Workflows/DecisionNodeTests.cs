using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class DecisionNodeTests
{
    private const string Nodes = """
          - id: ask
            kind: Step
            title: Ask
            script: Ask it.
            questions:
              - id: plan
                text: Plan
                type: choice
                options: [basic, plus, pro]
                required: false
              - id: seats
                text: Seats
                type: number
                required: false
              - id: wants
                text: Wants it?
                type: yesno
                required: false
            next: route
          - id: route
            kind: Decision
            title: Route
            branches:
              - when: { answer: wants, equals: "no" }
                to: by_answer_equals
              - when: { answer: plan, in: [plus, pro] }
                to: by_answer_in
              - when: { answer: seats, greaterThan: 100 }
                to: by_greater_than
              - when: { answer: seats, lessThan: 2 }
                to: by_less_than
              - when: { field: customer.tier, equals: gold }
                to: by_field
              - when: { keywords: [cancel, "money back"] }
                to: by_keywords
              - when: { sentiment: { tag: on_the_fence } }
                to: by_sentiment_tag
              - when: { sentiment: { atMost: -0.25 } }
                to: by_sentiment_at_most
              - when: { sentiment: { atLeast: 0.25 } }
                to: by_sentiment_at_least
            default: by_default
          - { id: by_answer_equals, kind: End, title: A, outcome: resolved }
          - { id: by_answer_in, kind: End, title: B, outcome: resolved }
          - { id: by_greater_than, kind: End, title: C, outcome: resolved }
          - { id: by_less_than, kind: End, title: D, outcome: resolved }
          - { id: by_field, kind: End, title: E, outcome: resolved }
          - { id: by_keywords, kind: End, title: F, outcome: resolved }
          - { id: by_sentiment_tag, kind: End, title: G, outcome: resolved }
          - { id: by_sentiment_at_most, kind: End, title: H, outcome: resolved }
          - { id: by_sentiment_at_least, kind: End, title: I, outcome: resolved }
          - { id: by_default, kind: End, title: J, outcome: resolved }
        """;

    [Theory]
    [InlineData("wants=no", null, null, null, "by_answer_equals")]
    [InlineData("plan=pro", null, null, null, "by_answer_in")]
    [InlineData("seats=250", null, null, null, "by_greater_than")]
    [InlineData("seats=1", null, null, null, "by_less_than")]
    [InlineData("seats=5", "gold", null, null, "by_field")]
    [InlineData("plan=basic", null, "They want their MONEY back.", null, "by_keywords")]
    [InlineData("", null, null, SentimentTag.OnTheFence, "by_sentiment_tag")]
    [InlineData("", null, "This is terrible and I am furious.", null, "by_sentiment_at_most")]
    [InlineData("", null, "Great, I love it.", null, "by_sentiment_at_least")]
    [InlineData("", null, "Great, I love it.", SentimentTag.Negative, "by_sentiment_at_most")]
    [InlineData("", null, null, null, "by_default")]
    [InlineData("", null, "The cancellation policy was explained.", SentimentTag.Neutral, "by_default")]
    public void Decision_takes_the_first_branch_that_holds(string answer, string? tier, string? notes, SentimentTag? tag, string expected)
    {
        var fields = tier is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["customer.tier"] = tier };
        var run = Run.Start(Nodes, new WorkflowCaseContext(fields));
        var answers = answer.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { [answer.Split('=')[0]] = answer.Split('=')[1] };

        run.Advance(new StepCompleted(answers, Notes: notes, Sentiment: tag));

        Assert.Equal(["ask", "route", expected], run.State.Path);
    }

    [Fact]
    public void Decision_declares_numbered_branches_and_default_as_outcomes()
    {
        var decision = (DecisionNode)Yaml.Definition(Nodes).Node("route");

        Assert.Equal(10, decision.Outcomes.Count);
        Assert.Equal("branch-1", decision.Outcomes[0]);
        Assert.Equal("default", decision.Outcomes[^1]);
        Assert.Equal("answer plan in [plus, pro]", decision.Branches[1].When.Describe());
    }

    [Fact]
    public void Visit_records_which_branch_was_taken()
    {
        var run = Run.Start(Nodes);

        run.Advance(new StepCompleted(new Dictionary<string, string> { ["plan"] = "plus" }));

        Assert.Equal("branch-2", run.State.Visits[1].Outcome);
    }
}

using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class StepNodeTests
{
    private const string Questions = """
          - id: ask
            kind: Step
            title: Ask
            script: "Hello {{fields.customer.name}}, order {{answers.order}}?"
            questions:
              - id: order
                text: Order number
              - id: amount
                text: Amount
                type: number
              - id: agreed
                text: Agreed?
                type: yesno
              - id: reason
                text: Reason
                type: choice
                options: [defective, other]
              - id: bought_on
                text: Bought on
                type: date
                required: false
            next: done
          - id: done
            kind: End
            title: Done
            outcome: resolved
        """;

    private const string Buttons = """
          - id: ask
            kind: Step
            title: Ask
            script: Ask it.
            buttons:
              - outcome: yes_please
                label: Yes please
                to: done
              - outcome: no_thanks
                to: nope
          - id: done
            kind: End
            title: Done
            outcome: sold
          - id: nope
            kind: End
            title: Nope
            outcome: not_interested
        """;

    [Fact]
    public void Step_stops_and_waits_for_the_agent()
    {
        var run = Run.Start(Questions);

        Assert.Equal(WorkflowStatus.Running, run.State.Status);
        Assert.Equal("ask", run.State.CurrentNodeId);
        Assert.Empty(run.Last.Effects);
        Assert.Equal([new NodeVisit("ask", run.Now, null, null)], run.State.Visits);
    }

    [Fact]
    public void Answers_are_stored_in_one_spelling_and_the_step_moves_on()
    {
        var run = Run.Start(Questions);

        run.Complete(null, ("order", " A-1 "), ("amount", "1,250.50"), ("agreed", "TRUE"), ("reason", "Defective"), ("bought_on", "2025-02-28"));

        Assert.Equal("done", run.State.CurrentNodeId);
        Assert.Equal("A-1", run.State.Answers["order"]);
        Assert.Equal("1250.50", run.State.Answers["amount"]);
        Assert.Equal("yes", run.State.Answers["agreed"]);
        Assert.Equal("defective", run.State.Answers["reason"]);
        Assert.Equal("2025-02-28", run.State.Answers["bought_on"]);
    }

    [Fact]
    public void Optional_question_may_be_left_out()
    {
        var run = Run.Start(Questions);

        run.Complete(null, ("order", "A-1"), ("amount", "3"), ("agreed", "no"), ("reason", "other"));

        Assert.False(run.State.Answers.ContainsKey("bought_on"));
        Assert.Equal(WorkflowStatus.Completed, run.State.Status);
    }

    [Fact]
    public void Missing_required_answer_names_the_question()
    {
        var run = Run.Start(Questions);

        var error = Assert.Throws<DomainException>(() => run.Complete(null, ("order", "A-1"), ("agreed", "no"), ("reason", "other")));

        Assert.Equal("answers.amount", error.Field);
        Assert.Contains("'amount'", error.Message);
        Assert.Equal("ask", run.State.CurrentNodeId);
    }

    [Theory]
    [InlineData("amount", "lots", "a number")]
    [InlineData("agreed", "perhaps", "yes or no")]
    [InlineData("reason", "bored", "one of: defective, other")]
    [InlineData("bought_on", "28/02/2025", "yyyy-MM-dd")]
    public void Answer_of_the_wrong_type_names_the_question(string questionId, string value, string expected)
    {
        var run = Run.Start(Questions);
        var answers = new Dictionary<string, string> { ["order"] = "A-1", ["amount"] = "1", ["agreed"] = "yes", ["reason"] = "other", [questionId] = value };

        var error = Assert.Throws<DomainException>(() => run.Advance(new StepCompleted(answers)));

        Assert.Equal($"answers.{questionId}", error.Field);
        Assert.Contains($"'{questionId}'", error.Message);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Answer_to_a_question_the_step_does_not_ask_is_refused()
    {
        var run = Run.Start(Questions);

        var error = Assert.Throws<DomainException>(() => run.Complete(null, ("order", "A-1"), ("colour", "red")));

        Assert.Equal("answers.colour", error.Field);
    }

    [Fact]
    public void Pressed_button_picks_the_edge()
    {
        var run = Run.Start(Buttons);

        run.Complete("no_thanks");

        Assert.Equal(["ask", "nope"], run.State.Path);
        Assert.Equal("no_thanks", run.State.Visits[0].Outcome);
        Assert.Equal("not_interested", run.State.EndOutcome);
    }

    [Fact]
    public void Step_with_buttons_needs_a_known_button()
    {
        var run = Run.Start(Buttons);

        Assert.Equal("outcome", Assert.Throws<DomainException>(() => run.Complete()).Field);
        Assert.Contains("yes_please, no_thanks", Assert.Throws<DomainException>(() => run.Complete("maybe")).Message);
    }

    [Fact]
    public void Step_declares_its_buttons_as_outcomes()
    {
        var definition = Yaml.Definition(Buttons);

        Assert.Equal(["yes_please", "no_thanks"], definition.Node("ask").Outcomes);
        Assert.Equal("Yes please", ((StepNode)definition.Node("ask")).Buttons[0].Label);
        Assert.Equal("no_thanks", ((StepNode)definition.Node("ask")).Buttons[1].Label);
        Assert.Equal([NodeOutcomes.Next], Yaml.Definition(Questions).Node("ask").Outcomes);
    }

    [Fact]
    public void Notes_sentiment_and_fields_from_the_agent_join_the_case()
    {
        var run = Run.Start(Buttons, new WorkflowCaseContext(new Dictionary<string, string> { ["tier"] = "gold" }, "Called about upgrade."));

        run.Advance(new StepCompleted(new Dictionary<string, string>(), "yes_please", "Likes it.", SentimentTag.Positive,
            new Dictionary<string, string> { ["tier"] = "platinum" }));

        Assert.Equal("Called about upgrade.\nLikes it.", run.State.Text);
        Assert.Equal(SentimentTag.Positive, run.State.Sentiment);
        Assert.Equal("platinum", run.State.Fields["tier"]);
    }

    [Fact]
    public void Script_renders_answers_and_fields()
    {
        var run = Run.Start(Questions, new WorkflowCaseContext(new Dictionary<string, string> { ["customer.name"] = "Ada" }));
        var step = (StepNode)run.Definition.Node("ask");

        Assert.Equal("Hello Ada, order ?", step.RenderScript(run.State.Facts()));
    }

    [Fact]
    public void Step_refuses_an_event()
    {
        var run = Run.Start(Buttons);

        Assert.Equal("input", Assert.Throws<DomainException>(() => run.Advance(new EventReceived("x"))).Field);
    }
}

namespace Baton.Core.Workflows;

/// <summary>
/// Shows the agent a script and questions, then stops until the agent completes it. With buttons, the pressed
/// button's outcome picks the way on; without, the single <c>next</c> edge is taken.
/// </summary>
public sealed class StepNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public StepNode(string id, string title, SourcePosition position, string script, IReadOnlyList<Question> questions,
        string? next, SourcePosition nextPosition, IReadOnlyList<StepButton> buttons)
        : base(id, title, position)
    {
        Script = script;
        Questions = questions;
        Buttons = buttons;
        exits = buttons.Count > 0
            ? buttons.Select(b => new WorkflowEdge(id, b.Outcome, b.To, b.Position)).ToList()
            : SingleExit(next, nextPosition);
    }

    public override NodeKind Kind => NodeKind.Step;
    public string Script { get; }
    public IReadOnlyList<Question> Questions { get; }
    public IReadOnlyList<StepButton> Buttons { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    /// <summary>The script as the agent reads it, with the case's answers and fields filled in.</summary>
    public string RenderScript(ConditionFacts facts) => Template.Render(Script, facts);

    public override NodeExecution Execute(NodeContext context)
    {
        switch (context.Input)
        {
            case null:
                return NodeExecution.AwaitInput();
            case StepCompleted completed:
                var answers = AnswerNormalizer.Normalize(this, completed.Answers);
                return NodeExecution.Continue(ChooseOutcome(completed.Outcome)) with { Answers = answers };
            default:
                throw new DomainException("input", $"Step '{Id}' waits for the agent to complete it, not for {context.Input.GetType().Name}.");
        }
    }

    private string ChooseOutcome(string? pressed)
    {
        if (Buttons.Count == 0)
        {
            return pressed is null or NodeOutcomes.Next
                ? NodeOutcomes.Next
                : throw new DomainException("outcome", $"Step '{Id}' has no button '{pressed}'; it only goes on to the next node.");
        }
        if (pressed is null)
        {
            throw new DomainException("outcome", $"Step '{Id}' needs one of its buttons: {string.Join(", ", Buttons.Select(b => b.Outcome))}.");
        }
        return Buttons.Any(b => b.Outcome == pressed)
            ? pressed
            : throw new DomainException("outcome", $"Step '{Id}' has no button '{pressed}'; choose one of: {string.Join(", ", Buttons.Select(b => b.Outcome))}.");
    }
}

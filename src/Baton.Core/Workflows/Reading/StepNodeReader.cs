namespace Baton.Core.Workflows;

/// <summary>Step: script, questions, and either <c>next</c> or <c>buttons</c> (outcome, label, to).</summary>
internal static class StepNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("script", "questions", "next", "buttons");
    private static readonly string[] ButtonFields = ["outcome", "label", "to"];

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var script = map.Text("script", required: true);
        context.CheckTemplate(map, "script", script);
        var questions = (map.Mappings("questions", required: false) ?? [])
            .Select(q => QuestionReader.Read(q, header, context))
            .OfType<Question>()
            .ToList();
        var next = ExitReader.Next(map, header.Id);
        var buttons = ReadButtons(header, map, context);
        if (next is not null && buttons.Count > 0)
        {
            context.Problems.Add(map.KeyPosition("next"), ProblemCodes.ConflictingExits,
                $"{header.Subject} has both 'next' and 'buttons'; use 'next' for one way on, or buttons for a choice.");
        }
        var node = script is null
            ? null
            : new StepNode(header.Id, header.Title, header.Position, script, questions, next?.To, next?.Position ?? default, buttons);
        var exits = buttons.Count > 0 ? buttons.Select(b => new WorkflowEdge(header.Id, b.Outcome, b.To, b.Position)).ToList() : ExitReader.Only(next);
        return new NodeReadResult(node, exits);
    }

    private static List<StepButton> ReadButtons(NodeHeader header, YamlMap map, ReadContext context)
    {
        var buttons = new List<StepButton>();
        foreach (var item in map.Mappings("buttons", required: false) ?? [])
        {
            var button = new YamlMap(item, context.Problems, $"A button of node '{header.Id}'", ButtonFields);
            var outcome = button.Text("outcome", required: true);
            var to = button.Text("to", required: true);
            if (outcome is not null && !Identifiers.IsValid(outcome))
            {
                button.Invalid("outcome", $"Button outcome '{outcome}' {Identifiers.Rule}");
            }
            if (outcome is null || to is null)
            {
                continue;
            }
            if (buttons.Any(b => b.Outcome == outcome))
            {
                context.Problems.Add(button.ValuePosition("outcome"), ProblemCodes.DuplicateEdge,
                    $"{header.Subject} has two buttons with outcome '{outcome}'; each button needs its own outcome.");
                continue;
            }
            buttons.Add(new StepButton(outcome, button.Text("label", required: false) ?? outcome, to, button.ValuePosition("to")));
        }
        return buttons;
    }
}

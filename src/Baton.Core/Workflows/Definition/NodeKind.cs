namespace Baton.Core.Workflows;

/// <summary>The kinds of flowchart node; YAML spells them exactly like these names.</summary>
public enum NodeKind
{
    Step = 1,
    Decision = 2,
    Handoff = 3,
    Callback = 4,
    Action = 5,
    Wait = 6,
    End = 7,
}

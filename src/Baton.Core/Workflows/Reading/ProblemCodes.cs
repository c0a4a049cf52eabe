namespace Baton.Core.Workflows;

/// <summary>Stable codes for <see cref="WorkflowProblem"/>, so tools can filter and tests can assert.</summary>
public static class ProblemCodes
{
    public const string YamlSyntax = "yaml-syntax";
    public const string UnknownKind = "unknown-kind";
    public const string UnknownField = "unknown-field";
    public const string MissingField = "missing-field";
    public const string InvalidValue = "invalid-value";
    public const string DuplicateNodeId = "duplicate-node-id";
    public const string DuplicateQuestionId = "duplicate-question-id";
    public const string DanglingEdge = "dangling-edge";
    public const string DuplicateEdge = "duplicate-edge";
    public const string ConflictingExits = "conflicting-exits";
    public const string UnreachableNode = "unreachable-node";
    public const string DeadEnd = "dead-end";
    public const string NoPathToEnd = "no-path-to-end";
    public const string MissingDefault = "missing-default";
    public const string HandoffWithoutTarget = "handoff-without-target";
    public const string HandoffWithoutFollowUpOwner = "handoff-without-follow-up-owner";
    public const string UndefinedAnswer = "undefined-answer";
    public const string CycleWithoutWait = "cycle-without-wait";
}

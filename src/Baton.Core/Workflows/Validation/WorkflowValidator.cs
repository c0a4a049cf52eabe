namespace Baton.Core.Workflows;

/// <summary>Checks the flowchart as a graph once every node has been read: ids, edges, reachability, ends, loops, answers.</summary>
internal static class WorkflowValidator
{
    public static void Check(IReadOnlyList<NodeSketch> sketches, (string Id, SourcePosition Position)? start, ReadContext context)
    {
        var problems = context.Problems;
        var byId = new Dictionary<string, NodeSketch>(StringComparer.Ordinal);
        foreach (var sketch in sketches)
        {
            if (!byId.TryAdd(sketch.Id, sketch))
            {
                problems.Add(sketch.Position, ProblemCodes.DuplicateNodeId,
                    $"Node id '{sketch.Id}' is already used at line {byId[sketch.Id].Position.Line}; node ids must be unique.");
            }
        }
        var graph = new NodeGraph(byId.Values.ToList());
        CheckEdges(sketches, byId, start, problems);
        var startsAtNode = start is { } s && byId.ContainsKey(s.Id);
        var reachable = startsAtNode ? graph.ReachableFrom(start!.Value.Id) : byId.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var sketch in byId.Values.Where(n => !reachable.Contains(n.Id)))
        {
            problems.Add(sketch.Position, ProblemCodes.UnreachableNode,
                $"Node '{sketch.Id}' can never be reached from the start node '{start!.Value.Id}'.");
        }
        CheckEnds(graph, byId, reachable, problems);
        LoopCheck.Check(graph, problems);
        foreach (var (questionId, position) in context.AnswerReferences.Where(r => !context.QuestionIds.ContainsKey(r.QuestionId)))
        {
            problems.Add(position, ProblemCodes.UndefinedAnswer,
                $"Answer '{questionId}' is used but no step in the workflow asks a question with that id.");
        }
    }

    private static void CheckEdges(IReadOnlyList<NodeSketch> sketches, Dictionary<string, NodeSketch> byId,
        (string Id, SourcePosition Position)? start, ProblemList problems)
    {
        if (start is { } s && !byId.ContainsKey(s.Id))
        {
            problems.Add(s.Position, ProblemCodes.DanglingEdge, $"The start node '{s.Id}' is not a node of this workflow.");
        }
        foreach (var edge in sketches.SelectMany(n => n.Exits).Where(e => !byId.ContainsKey(e.To)))
        {
            problems.Add(edge.Position, ProblemCodes.DanglingEdge,
                $"Node '{edge.From}' goes to '{edge.To}' ({edge.Outcome}), which is not a node of this workflow.");
        }
    }

    /// <summary>
    /// A node that is not an End needs a way out, and some route from it must reach an End. Routes into nodes
    /// already reported (dead ends, unknown kinds, dangling edges) count as reaching one, so a mistake is reported once.
    /// </summary>
    private static void CheckEnds(NodeGraph graph, Dictionary<string, NodeSketch> byId, HashSet<string> reachable, ProblemList problems)
    {
        var finishes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in byId.Values)
        {
            var deadEnd = node.Kind is { } kind && kind != NodeKind.End && node.Exits.Count == 0;
            if (deadEnd)
            {
                problems.Add(node.Position, ProblemCodes.DeadEnd,
                    $"Node '{node.Id}' is a {node.Kind} with no way out; add 'next' (or branches/buttons), or make it an End.");
            }
            if (deadEnd || node.Kind is null or NodeKind.End || node.Exits.Any(e => !byId.ContainsKey(e.To)))
            {
                finishes.Add(node.Id);
            }
        }
        var canFinish = graph.ReachingAny(finishes);
        foreach (var node in byId.Values.Where(n => reachable.Contains(n.Id) && !canFinish.Contains(n.Id)))
        {
            problems.Add(node.Position, ProblemCodes.NoPathToEnd,
                $"Node '{node.Id}' never leads to an End node; every route from it loops forever.");
        }
    }
}

namespace Baton.Core.Workflows;

/// <summary>Handoff: department and/or skill, followUpOwner (sender, receiver, department), due offset, what, next.</summary>
internal static class HandoffNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("department", "skill", "followUpOwner", "due", "what", "next");

    private static readonly Dictionary<string, FollowUpOwner> Owners = new(StringComparer.Ordinal)
    {
        ["sender"] = FollowUpOwner.Sender,
        ["receiver"] = FollowUpOwner.Receiver,
        ["department"] = FollowUpOwner.Department,
    };

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var department = map.Text("department", required: false);
        var skill = map.Text("skill", required: false);
        if (department is null && skill is null)
        {
            context.Problems.Add(header.Position, ProblemCodes.HandoffWithoutTarget,
                $"{header.Subject} hands off to nobody; name a 'department' or a 'skill'.");
        }
        var ownerName = map.Text("followUpOwner", required: false);
        FollowUpOwner? owner = null;
        if (ownerName is null)
        {
            context.Problems.Add(header.Position, ProblemCodes.HandoffWithoutFollowUpOwner,
                $"{header.Subject} does not say who owns the customer follow-up; add 'followUpOwner: sender', 'receiver' or 'department'.");
        }
        else if (Owners.TryGetValue(ownerName, out var parsed))
        {
            owner = parsed;
        }
        else
        {
            map.Invalid("followUpOwner", $"{header.Subject}: followUpOwner '{ownerName}' is unknown; use one of: {string.Join(", ", Owners.Keys)}.");
        }
        var due = map.Duration("due", required: true);
        var what = map.Text("what", required: false) ?? header.Title;
        context.CheckTemplate(map, "what", what);
        var next = ExitReader.Next(map, header.Id);
        var node = owner is null || due is null || (department is null && skill is null)
            ? null
            : new HandoffNode(header.Id, header.Title, header.Position, department, skill, owner.Value, due.Value, what, next?.To, next?.Position ?? default);
        return new NodeReadResult(node, ExitReader.Only(next));
    }
}

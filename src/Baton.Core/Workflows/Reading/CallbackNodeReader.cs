namespace Baton.Core.Workflows;

/// <summary>Callback: due offset, what (a template), next.</summary>
internal static class CallbackNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("due", "what", "next");

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var due = map.Duration("due", required: true);
        var what = map.Text("what", required: false) ?? header.Title;
        context.CheckTemplate(map, "what", what);
        var next = ExitReader.Next(map, header.Id);
        var node = due is null ? null : new CallbackNode(header.Id, header.Title, header.Position, due.Value, what, next?.To, next?.Position ?? default);
        return new NodeReadResult(node, ExitReader.Only(next));
    }
}

namespace Baton.Core.Workflows;

/// <summary>Wait: exactly one of <c>duration</c> (ISO 8601), <c>untilField</c> (a case field holding an instant) or <c>event</c>; then next.</summary>
internal static class WaitNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("duration", "untilField", "event", "next");
    private static readonly string[] Kinds = ["duration", "untilField", "event"];

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var given = Kinds.Count(map.Has);
        if (given != 1)
        {
            context.Problems.Add(header.Position, given == 0 ? ProblemCodes.MissingField : ProblemCodes.InvalidValue,
                $"{header.Subject} needs exactly one of 'duration', 'untilField' or 'event'.");
        }
        var duration = map.Duration("duration", required: false);
        var untilField = map.Text("untilField", required: false);
        var eventName = map.Text("event", required: false);
        var next = ExitReader.Next(map, header.Id);
        var node = new object?[] { duration, untilField, eventName }.Count(x => x is not null) == 1 && given == 1
            ? new WaitNode(header.Id, header.Title, header.Position, duration, untilField, eventName, next?.To, next?.Position ?? default)
            : null;
        return new NodeReadResult(node, ExitReader.Only(next));
    }
}

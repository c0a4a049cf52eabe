namespace Baton.Core.Workflows;

/// <summary>The fields every node has, already read.</summary>
internal sealed record NodeHeader(string Id, string Title, SourcePosition Position)
{
    public static readonly string[] Fields = ["id", "kind", "title"];

    public string Subject => $"Node '{Id}'";

    public static string[] With(params string[] kindFields) => [.. Fields, .. kindFields];
}

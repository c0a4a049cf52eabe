using System.Text.Json;
using System.Text.Json.Serialization;
using Baton.Core.Workflows;

namespace Baton.Server.Features.Cases;

/// <summary>The workflow state of a case as stored: JSON with enums as names and instants in UTC.</summary>
public static class CaseStateJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(WorkflowState state) => JsonSerializer.Serialize(state, Options);

    public static WorkflowState Read(string json) =>
        JsonSerializer.Deserialize<WorkflowState>(json, Options) ?? throw new InvalidOperationException("The stored case state is empty.");
}

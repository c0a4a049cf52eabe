using System.Text;
using System.Text.Json;
using Baton.Core;

namespace Baton.Server.Features.Workflows;

/// <summary>
/// The body that carries a workflow's YAML: either JSON <c>{"yaml": "…"}</c> or the YAML itself
/// (<c>text/plain</c>, <c>application/yaml</c>, <c>text/yaml</c>), so files can be posted as they are.
/// </summary>
public sealed record WorkflowText(string? Yaml)
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(ct);
        string? yaml;
        if (request.HasJsonContentType())
        {
            try
            {
                yaml = JsonSerializer.Deserialize<WorkflowText>(body, JsonSerializerOptions.Web)?.Yaml;
            }
            catch (JsonException ex)
            {
                throw new DomainException("yaml", $"The body is not valid JSON: {ex.Message}");
            }
        }
        else
        {
            yaml = body;
        }
        if (string.IsNullOrWhiteSpace(yaml))
        {
            throw new DomainException("yaml", "Send the workflow's YAML, as JSON {\"yaml\": \"…\"} or as a text/yaml body.");
        }
        if (yaml.Length > WorkflowVersion.MaxYamlLength)
        {
            throw new DomainException("yaml", $"The workflow text is {yaml.Length} characters; at most {WorkflowVersion.MaxYamlLength} are accepted.");
        }
        return yaml;
    }
}

using Baton.Core.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Workflows;

/// <summary>POST /api/v1/workflows/validate (YAML text): every problem with line and column; nothing is stored.</summary>
public static class ValidateWorkflow
{
    public sealed record Validation(bool Valid, IReadOnlyList<WorkflowProblemView> Problems, WorkflowDefinitionSummary? Definition);

    public static async Task<Ok<Validation>> Handle(HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(Execute(await WorkflowText.ReadAsync(request, ct)));

    public static Validation Execute(string yaml)
    {
        var result = WorkflowReader.Read(yaml);
        return new Validation(result.IsValid, result.Problems.Select(WorkflowProblemView.Of).ToList(),
            result.Definition is { } d ? WorkflowDefinitionSummary.Of(d) : null);
    }
}

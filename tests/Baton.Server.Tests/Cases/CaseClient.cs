using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Workflows;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Cases;

/// <summary>Drives cases through the HTTP API the way the Desk and integrations do.</summary>
internal static class CaseClient
{
    public static string SamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Baton.slnx")))
        {
            dir = dir.Parent;
        }
        return System.IO.Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Baton.slnx not found above the test folder."), "samples", "workflows");
    }

    public static async Task<Guid> CreateCustomerAsync(HttpClient client, string name, string? email = "customer@example.test")
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", new { name, phone = "+1 415 555 0100", email });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> StartAsync(HttpClient client, Guid customerId, string workflowKey, object? extra = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/cases", extra ?? new { customerId, workflowKey });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> AdvanceAsync(HttpClient client, Guid id, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/advance", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> EventAsync(HttpClient client, Guid id, string name)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/cases/{id}/events", new { name });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> GetAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/v1/cases/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static object StepBody(StepCompleted step) => new
    {
        answers = step.Answers,
        outcome = step.Outcome,
        notes = step.Notes,
        sentiment = step.Sentiment is { } tag ? SentimentTags.Name(tag) : null,
        fields = step.Fields,
    };

    public static List<string> Path(JsonElement detail) => detail.GetProperty("path").EnumerateArray().Select(p => p.GetString()!).ToList();

    /// <summary>Publishes a workflow text as the manager (draft, then publish).</summary>
    public static async Task PublishAsync(BatonApp app, string yaml, string key, int version)
    {
        var manager = await app.SignInAsync("manager");
        var draft = await manager.PostAsJsonAsync("/api/v1/workflows", new { yaml });
        Assert.True(draft.StatusCode == HttpStatusCode.Created, await draft.Content.ReadAsStringAsync());
        var publish = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/{version}/publish", new { changeReason = "Case tests" });
        Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Commitments;

/// <summary>Helpers for the commitment API tests: demo people and departments by name, making commitments, and snapshots that prove a refusal changed nothing.</summary>
internal sealed class CommitmentLedger(BatonApp app)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Dictionary<string, Guid>? _people;
    private Dictionary<string, Guid>? _departments;

    public BatonApp App => app;

    public DateTimeOffset Now => app.Time.GetUtcNow();

    public async Task<Guid> PersonAsync(string userName)
    {
        if (_people is null)
        {
            var client = await app.SignInAsync("admin");
            _people = (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/people?includeInactive=true"))!
                .ToDictionary(p => p.GetProperty("userName").GetString()!, p => p.GetProperty("id").GetGuid());
        }
        return _people[userName];
    }

    public async Task<Guid> DepartmentAsync(string name)
    {
        if (_departments is null)
        {
            var client = await app.SignInAsync("admin");
            _departments = (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/departments"))!
                .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("id").GetGuid());
        }
        return _departments[name];
    }

    public async Task<Guid> CustomerAsync(HttpClient client, string name = "Pat Customer")
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", new { name, phone = "+1 555 0100" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A commitment owned by the signed-in owner (or ownerId), promised to a new customer; asserts 201.</summary>
    public async Task<JsonElement> PromiseAsync(HttpClient client, string kind = "FollowUp", Guid? ownerId = null, TimeSpan? dueIn = null,
        object? promisee = null, string what = "Call back about the refund")
    {
        promisee ??= new { customerId = await CustomerAsync(client) };
        var response = await client.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind, ownerId, promisee, due = Now.Add(dueIn ?? TimeSpan.FromDays(1)).UtcDateTime, what,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A hand-off from the agent to Finance, named receiver optional; asserts 201.</summary>
    public async Task<JsonElement> HandoffToFinanceAsync(HttpClient agent, string? receiver = null)
    {
        var response = await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Handoff", promisee = new { customerId = await CustomerAsync(agent) }, due = Now.AddDays(1).UtcDateTime,
            what = "Refund needs the bank details", departmentId = await DepartmentAsync("Finance"),
            receiverId = receiver is null ? (Guid?)null : await PersonAsync(receiver), note = "Customer waits for a call",
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body, Json);
    }

    /// <summary>Asserts a problem-details refusal with the status and, for 400, the named field.</summary>
    public static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType ?? "", StringComparison.Ordinal);
        var problem = JsonSerializer.Deserialize<JsonElement>(body, Json);
        if (field is not null)
        {
            var named = problem.TryGetProperty("errors", out var errors) ? errors.TryGetProperty(field, out _)
                : problem.TryGetProperty("field", out var f) && f.GetString() == field;
            Assert.True(named, $"The refusal does not name {field}: {body}");
        }
        return problem;
    }

    /// <summary>The commitment as stored, its audit events and notifications: equal before and after a refusal.</summary>
    public Task<string> SnapshotAsync(Guid id) => app.WithDbAsync(async db =>
    {
        var c = await db.Commitments.AsNoTracking().AsSplitQuery().SingleAsync(x => x.Id == id);
        var subject = $"commitment/{id:D}";
        var audit = await db.AuditEvents.AsNoTracking().CountAsync(e => e.Subject == subject);
        var notes = await db.Notifications.AsNoTracking().CountAsync(n => n.CommitmentId == id);
        return JsonSerializer.Serialize(c, Json) + $"|audit={audit}|notifications={notes}";
    });

    public Task<List<AuditEventType>> AuditTypesAsync(Guid id) => app.WithDbAsync(db =>
    {
        var subject = $"commitment/{id:D}";
        return db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
    });

    public Task<List<(Guid PersonId, string Text)>> NotificationsAsync(Guid id) => app.WithDbAsync(async db =>
        (await db.Notifications.AsNoTracking().Where(n => n.CommitmentId == id).OrderBy(n => n.CreatedAt).ToListAsync())
        .Select(n => (n.PersonId, n.Text)).ToList());

    public static Guid Id(JsonElement commitment) => commitment.GetProperty("id").GetGuid();
}

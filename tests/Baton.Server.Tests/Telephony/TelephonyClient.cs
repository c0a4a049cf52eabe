using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Baton.Server.Features.Telephony;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Telephony;

/// <summary>A PBX as the tests play it: an integration token with its signing secret, posting signed call events.</summary>
public sealed class TelephonyClient(HttpClient http, string signingSecret)
{
    public HttpClient Http { get; } = http;

    public string SigningSecret { get; } = signingSecret;

    public static async Task<TelephonyClient> CreateAsync(BatonApp app, string name = "pbx")
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var http = app.Anonymous();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        return new TelephonyClient(http, created.GetProperty("signingSecret").GetString()!);
    }

    /// <summary>Defines a queue answered by the department (by name), with optional menu options (choice → department name).</summary>
    public static async Task DefineQueueAsync(BatonApp app, string queue, string department, params (string Choice, string Department)[] menu)
    {
        var departments = await app.WithDbAsync(db => db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id));
        var manager = await app.SignInAsync("manager");
        var response = await manager.PutAsJsonAsync($"/api/v1/telephony/queues/{queue}", new
        {
            departmentId = departments[department],
            menu = menu.Select(m => new { choice = m.Choice, label = $"For {m.Department}", departmentId = departments[m.Department] }),
        });
        response.EnsureSuccessStatusCode();
    }

    public static string Body(string ev, string callId, DateTime at, string caller = "+12025550100", string queue = "support",
        string? agent = null, string code = "", string by = "", string? targetQueue = null, string? menuOption = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["event"] = ev, ["call_id"] = callId, ["caller"] = caller, ["queue"] = queue, ["code"] = code, ["by"] = by,
            ["pbx_ts"] = (at - DateTime.UnixEpoch).TotalSeconds.ToString("F6", CultureInfo.InvariantCulture),
        };
        if (agent is not null)
        {
            fields["agent"] = agent;
        }
        if (targetQueue is not null)
        {
            fields["target_queue"] = targetQueue;
        }
        if (menuOption is not null)
        {
            fields["menu_option"] = menuOption;
        }
        return JsonSerializer.Serialize(fields);
    }

    /// <summary>Posts the body signed with this client's secret (or the given signature header value).</summary>
    public async Task<HttpResponseMessage> PostAsync(string body, string? signature = null, string? deliveryId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telephony/events")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.Header, signature ?? WebhookSignature.Sign(Encoding.UTF8.GetBytes(body), SigningSecret));
        if (deliveryId is not null)
        {
            request.Headers.Add("X-Baton-Delivery", deliveryId);
        }
        return await Http.SendAsync(request);
    }

    public async Task<JsonElement> SendAsync(string body)
    {
        var response = await PostAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

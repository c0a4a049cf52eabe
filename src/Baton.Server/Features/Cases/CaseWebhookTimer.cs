using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Cases;

/// <summary>
/// case.webhook: POSTs an Action node's payload (JSON) to its URL. A failure throws, so the dispatcher retries the timer
/// with its backoff; a delivery is written on the case's timeline and audited.
/// </summary>
public sealed class CaseWebhookTimer(IHttpClientFactory clients) : ITimerHandler
{
    public const string ClientName = "case-webhooks";

    public string Kind => CaseWork.WebhookTimer;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var call = JsonSerializer.Deserialize<CaseWork.WebhookCall>(timer.Payload ?? "null")
                   ?? throw new InvalidOperationException("A case webhook timer carries no call.");
        using var content = new StringContent(call.Payload, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, call.Url) { Content = content };
        request.Headers.Add("X-Baton-Case", timer.SubjectId.ToString("D"));
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Webhook {call.Url} answered {(int)response.StatusCode}.");
        }
        var c = await CaseWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null)
        {
            return;
        }
        c.AddTimeline(now, null, CaseTimelineKind.Effect, null, $"Webhook delivered: POST {call.Url} → {(int)response.StatusCode}");
        await db.RecordAsync(Actor.System, now, CaseWork.SubjectOf(c.Id), AuditEventType.CaseWebhookDelivered, null,
            new { call.Url, status = (int)response.StatusCode, attempt = timer.Failures + 1 }, null, ct);
    }
}

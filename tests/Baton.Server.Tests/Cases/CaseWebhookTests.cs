using System.Net;
using System.Net.Sockets;
using System.Text;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Cases;

/// <summary>An Action node's webhook is POSTed to a real HTTP listener on loopback; a failure is retried with backoff.</summary>
public abstract class CaseWebhookTests(BatonApp app)
{
    [SkippableFact]
    public async Task A_webhook_is_delivered_to_its_url_and_retried_after_a_failure()
    {
        using var listener = new LoopbackListener();
        var key = $"hook-check-{Guid.NewGuid().ToString("N")[..6]}";
        var yaml = string.Join('\n',
            $"key: {key}", "title: Webhook check", "owner: manager", "version: 1", "changeReason: Case tests.", "start: ask", "nodes:",
            "  - id: ask", "    kind: Step", "    title: Ask", "    script: Ask what happened.", "    next: notify",
            "  - id: notify", "    kind: Action", "    title: Tell the CRM",
            $"    webhook: {{ url: \"{listener.Url}\", payload: '{{\"customer\": \"{{{{fields.customer.name}}}}\"}}' }}",
            "    next: done",
            "  - id: done", "    kind: End", "    title: Done", "    outcome: resolved") + "\n";
        await CaseClient.PublishAsync(app, yaml, key, 1);
        var agent = await app.SignInAsync("agent");
        var customerName = $"Hooked {Guid.NewGuid().ToString("N")[..6]}";
        var customerId = await CaseClient.CreateCustomerAsync(agent, customerName);
        var id = (await CaseClient.StartAsync(agent, customerId, key)).GetProperty("id").GetGuid();
        await CaseClient.AdvanceAsync(agent, id, new { });
        var dispatcher = app.Services.GetRequiredService<TimerDispatcher>();

        listener.Answers.Enqueue(HttpStatusCode.ServiceUnavailable);
        await dispatcher.FireDueAsync();
        var first = Assert.Single(listener.Received);
        Assert.Contains(customerName, first.Body, StringComparison.Ordinal);
        Assert.Equal(id.ToString("D"), first.CaseHeader);
        var timeline = (await CaseClient.GetAsync(agent, id)).GetProperty("timeline").ToString();
        Assert.DoesNotContain("Webhook delivered", timeline, StringComparison.Ordinal);

        listener.Answers.Enqueue(HttpStatusCode.OK);
        app.Time.Advance(TimeSpan.FromSeconds(5));
        await dispatcher.FireDueAsync();
        Assert.Equal(2, listener.Received.Count);
        timeline = (await CaseClient.GetAsync(agent, id)).GetProperty("timeline").ToString();
        Assert.Contains("Webhook delivered", timeline, StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromMinutes(30));
        await dispatcher.FireDueAsync();
        Assert.Equal(2, listener.Received.Count);
    }

    /// <summary>A real HTTP listener on a free loopback port, answering each request with the next queued status.</summary>
    private sealed class LoopbackListener : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _loop;

        public LoopbackListener()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/hook/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(ServeAsync);
        }

        public string Url { get; }

        public System.Collections.Concurrent.ConcurrentQueue<HttpStatusCode> Answers { get; } = new();

        public List<(string Body, string? CaseHeader)> Received { get; } = [];

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
                var body = await reader.ReadToEndAsync();
                lock (Received)
                {
                    Received.Add((body, context.Request.Headers["X-Baton-Case"]));
                }
                context.Response.StatusCode = (int)(Answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }
}

public sealed class CaseWebhookTestsOnSqlite(SqliteApp app) : CaseWebhookTests(app), IClassFixture<SqliteApp>;

public sealed class CaseWebhookTestsOnPostgres(PostgresApp app) : CaseWebhookTests(app), IClassFixture<PostgresApp>;

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Commitments;
using Baton.Core.Telephony;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Telephony;

/// <summary>
/// A real SIP stack posts to a running Baton: sipp callers → Kamailio (the testbed's queues) → sipp agent phones, with
/// Kamailio signing every call event with the integration's secret (crypto_hmac_sha256) as a PBX admin would set it up.
/// Answered, abandoned and rejected calls; Baton's interactions, wait and talk times and callbacks are then checked.
/// </summary>
public sealed class SipCallTests(SipApp app) : IClassFixture<SipApp>
{
    private const int Answered = 3;
    private const int Abandoned = 2;
    private const int Rejected = 2;

    [SkippableFact]
    public async Task Answered_abandoned_and_rejected_calls_from_kamailio_become_interactions_with_their_times_and_callbacks()
    {
        SipStack.Require();
        var (token, secret) = await CreateIntegrationAsync();
        await DefineQueueAsync("queue", "Support");
        await DefineQueueAsync("queue-noagent", "Support");
        await DefineQueueAsync("queue-busy", "Finance");

        await using var sip = SipStack.Copy();
        var ports = Enumerable.Range(0, 6).Select(_ => SipStack.FreeUdpPort()).Distinct().ToList();
        Assert.Equal(6, ports.Count);
        var (proxy, agent, busyAgent, nobody) = (ports[0], ports[1], ports[2], ports[3]);
        WriteConfig(sip, proxy, agent, busyAgent, nobody, token, secret);

        var kamailio = sip.Start("kamailio", "-f", "kamailio.cfg", "-DD", "-E", "-P", Path.Combine(sip.Folder, "kamailio.pid"));
        await UntilAsync(() => Task.FromResult(File.Exists(Path.Combine(sip.Folder, "kamailio_ctl")) || kamailio.HasExited), TimeSpan.FromSeconds(10), sip);
        Assert.False(kamailio.HasExited, "Kamailio stopped at start:\n" + sip.Logs());

        var media = ports[4];
        sip.Start("sipp", "-sf", "agent-uas.xml", "-i", "127.0.0.1", "-p", $"{agent}", "-mp", $"{media}", "-m", $"{Answered}", "-nostdin");
        sip.Start("sipp", "-sf", "agent-busy.xml", "-i", "127.0.0.1", "-p", $"{busyAgent}", "-mp", $"{media + 10}", "-m", $"{Rejected}", "-nostdin");
        var callers = new[]
        {
            Caller(sip, proxy, "caller-answered.xml", "queue", Answered, "-r", "10", "-d", "1000"),
            Caller(sip, proxy, "caller-abandon.xml", "queue-noagent", Abandoned, "-r", "2"),
            Caller(sip, proxy, "caller-rejected.xml", "queue-busy", Rejected, "-r", "1"),
        };
        using (var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(25)))
        {
            foreach (var caller in callers)
            {
                await caller.WaitForExitAsync(deadline.Token);
            }
        }
        Assert.True(callers.All(c => c.ExitCode == 0), "A sipp caller failed:\n" + sip.Logs());

        // Every call's last event is posted before the caller's scenario ends; wait for Baton to have recorded it.
        await UntilAsync(async () => (await EndedAsync()).Count == Answered + Abandoned + Rejected, TimeSpan.FromSeconds(10), sip);
        var calls = await EndedAsync();

        var answered = calls.Where(i => i.QueueName == "queue").ToList();
        Assert.Equal(Answered, answered.Count);
        Assert.All(answered, i =>
        {
            Assert.Equal(CallStatus.Completed, i.Status);
            // The agent phone rings 1.5 s before answering; the caller talks for 1 s (-d 1000) and hangs up. Kamailio waits
            // for each post before relaying, so a slow (loaded) machine may stretch both, never shorten them.
            Assert.InRange(i.WaitSeconds!.Value, 1.4, 10.0);
            Assert.InRange(i.TalkSeconds!.Value, 0.9, 10.0);
            Assert.Equal(i.Caller, i.HungUpBy);
            Assert.StartsWith("+1555000", i.CallerNumber, StringComparison.Ordinal);
            Assert.NotNull(i.CustomerId);
            Assert.Null(i.CallbackId);
        });

        var abandoned = calls.Where(i => i.QueueName == "queue-noagent").ToList();
        Assert.Equal(Abandoned, abandoned.Count);
        Assert.All(abandoned, i =>
        {
            Assert.Equal(CallStatus.Abandoned, i.Status);
            // The caller hears "182 Queued" and gives up 2 s later.
            Assert.InRange(i.WaitSeconds!.Value, 1.9, 10.0);
            Assert.Null(i.TalkSeconds);
        });
        var rejected = calls.Where(i => i.QueueName == "queue-busy").ToList();
        Assert.Equal(Rejected, rejected.Count);
        Assert.All(rejected, i =>
        {
            Assert.Equal(CallStatus.Failed, i.Status);
            Assert.Equal(486, i.FailureCode);
        });

        var now = DateTime.UtcNow;
        var supportLead = await LeadOfAsync("Support", now);
        var financeLead = await LeadOfAsync("Finance", now);
        foreach (var (call, lead) in abandoned.Select(i => (i, supportLead)).Concat(rejected.Select(i => (i, financeLead))))
        {
            var callback = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == call.CallbackId));
            Assert.Equal(CommitmentKind.Callback, callback.Kind);
            Assert.Equal(lead, callback.OwnerId);
            Assert.Equal(Promisee.Customer(call.CustomerId!.Value), callback.Promisee);
            Assert.Contains(call.CallerNumber!, callback.What, StringComparison.Ordinal);
        }
        Assert.Equal(Abandoned + Rejected, calls.Count(i => i.CallbackId is not null));
        Assert.True(kamailio.HasExited is false, "Kamailio died during the calls:\n" + sip.Logs());
    }

    private Task<List<Interaction>> EndedAsync() => app.WithDbAsync(db => db.Interactions.AsNoTracking()
        .Where(i => i.Status == CallStatus.Completed || i.Status == CallStatus.Abandoned || i.Status == CallStatus.Failed).ToListAsync());

    private async Task<Guid?> LeadOfAsync(string department, DateTime now)
    {
        var id = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == department).Select(d => d.Id).SingleAsync());
        return await app.WithDbAsync(db => Leadership.OnDutyLeadAsync(db, id, now, CancellationToken.None));
    }

    private static Process Caller(SipStack sip, int proxy, string scenario, string queue, int calls, params string[] rate) =>
        sip.Start("sipp", [$"127.0.0.1:{proxy}", "-sf", scenario, "-s", queue, "-i", "127.0.0.1", "-p", $"{SipStack.FreeUdpPort()}",
            "-mp", $"{SipStack.FreeUdpPort()}", "-m", $"{calls}", .. rate, "-nostdin", "-timeout", "20s"]);

    /// <summary>The testbed's configuration with this run's ports and folder, posting to Baton with the token and an HMAC of each body.</summary>
    private void WriteConfig(SipStack sip, int proxy, int agent, int busyAgent, int nobody, string token, string secret)
    {
        var path = Path.Combine(sip.Folder, "kamailio.cfg");
        var config = File.ReadAllText(path);
        string Replace(string text, string from, string to) =>
            text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to, StringComparison.Ordinal)
                : throw new InvalidOperationException($"The testbed's kamailio.cfg no longer contains '{from}'.");
        config = Replace(config, "listen=udp:127.0.0.1:5060", $"listen=udp:127.0.0.1:{proxy}");
        config = Replace(config, "sip:127.0.0.1:5070", $"sip:127.0.0.1:{agent}");
        config = Replace(config, "sip:127.0.0.1:5072", $"sip:127.0.0.1:{busyAgent}");
        config = Replace(config, "sip:127.0.0.1:5999", $"sip:127.0.0.1:{nobody}");
        config = Replace(config, "unix:/tmp/kamailio_ctl", $"unix:{sip.Folder}/kamailio_ctl");
        config = Replace(config, "http://127.0.0.1:8099/call-events", new Uri(app.BaseAddress, "/api/v1/telephony/events").ToString());
        config = Replace(config, "mpath=\"/usr/lib/x86_64-linux-gnu/kamailio/modules/\"", $"mpath=\"{SipStack.ModulesFolder()}/\"");
        config = Replace(config, "loadmodule \"http_client.so\"", "loadmodule \"http_client.so\"\nloadmodule \"crypto.so\"");
        config = Replace(config,
            "$var(rc) = http_client_query(HOOK, \"$var(body)\", \"Content-Type: application/json\", \"$var(res)\");",
            $"crypto_hmac_sha256(\"$var(body)\", \"{secret}\", \"$var(sig)\");\n" +
            $"    $var(rc) = http_client_query(HOOK, \"$var(body)\", \"Content-Type: application/json\\r\\nAuthorization: Bearer {token}\\r\\nX-Baton-Signature: sha256=$var(sig)\", \"$var(res)\");");
        File.WriteAllText(path, config);
    }

    private async Task<(string Token, string Secret)> CreateIntegrationAsync()
    {
        var admin = await app.SignInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name = "Kamailio" });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (created.GetProperty("token").GetString()!, created.GetProperty("signingSecret").GetString()!);
    }

    private async Task DefineQueueAsync(string queue, string department)
    {
        var departmentId = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == department).Select(d => d.Id).SingleAsync());
        var manager = await app.SignInAsync("manager");
        (await manager.PutAsJsonAsync($"/api/v1/telephony/queues/{queue}", new { departmentId })).EnsureSuccessStatusCode();
    }

    /// <summary>Waits for a condition, checking every 100 ms, and fails with the processes' output at the deadline.</summary>
    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, SipStack sip)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > timeout)
            {
                Assert.Fail($"Not reached within {timeout.TotalSeconds} s.\n{sip.Logs()}");
            }
            await Task.Delay(100);
        }
    }
}

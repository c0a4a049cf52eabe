using System.Text.Json;
using Baton.Server.Tests.Cases;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Bottlenecks;

/// <summary>
/// A small workflow for bottleneck tests: a step with four ways out (fixed, gave up, cancelled, call back later), a wait
/// for the customer that loops back to the step, and one End per outcome; optionally an intro step first (a later
/// version may drop it). Every test publishes it under its own key.
/// </summary>
internal static class BottleneckWorkflow
{
    public const string ReadyEvent = "customer.ready";

    public static string NewKey() => $"bottleneck-{Guid.NewGuid().ToString("N")[..8]}";

    public static string Yaml(string key, int version, bool withIntro)
    {
        var lines = new List<string>
        {
            $"key: {key}", "title: Bottleneck check", "owner: manager", $"version: {version}", $"changeReason: Bottleneck tests, version {version}.",
            $"start: {(withIntro ? "intro" : "ask")}", "nodes:",
        };
        if (withIntro)
        {
            lines.AddRange(["  - id: intro", "    kind: Step", "    title: Greet the customer", "    script: Greet the customer.", "    next: ask"]);
        }
        lines.AddRange([
            "  - id: ask", "    kind: Step", "    title: Ask what happened", "    script: Ask what happened.", "    buttons:",
            "      - { outcome: fixed, label: Fixed, to: done }",
            "      - { outcome: gave_up, label: Customer gave up, to: stop }",
            "      - { outcome: cancel, label: Cancel, to: drop }",
            "      - { outcome: callback, label: Call back later, to: pause }",
            "  - id: pause", "    kind: Wait", "    title: Wait for the customer", $"    event: {ReadyEvent}", "    next: ask",
            "  - id: done", "    kind: End", "    title: Fixed", "    outcome: resolved",
            "  - id: stop", "    kind: End", "    title: Gave up", "    outcome: abandoned",
            "  - id: drop", "    kind: End", "    title: Cancelled", "    outcome: cancelled",
        ]);
        return string.Join('\n', lines) + "\n";
    }

    public static async Task<string> PublishAsync(BatonApp app, int version = 1, string? key = null, bool withIntro = false)
    {
        key ??= NewKey();
        await CaseClient.PublishAsync(app, Yaml(key, version, withIntro), key, version);
        return key;
    }

    public static async Task<Guid> StartAsync(HttpClient agent, string key, string customerName)
    {
        var customerId = await CaseClient.CreateCustomerAsync(agent, $"{customerName} {Guid.NewGuid().ToString("N")[..6]}");
        return (await CaseClient.StartAsync(agent, customerId, key)).GetProperty("id").GetGuid();
    }

    public static Task<JsonElement> PressAsync(HttpClient agent, Guid caseId, string outcome) => CaseClient.AdvanceAsync(agent, caseId, new { outcome });
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Discretion;

/// <summary>
/// Helpers for the discretion tests: a fresh agent in Support Blue (lead "teamlead", department head "charlie") with a personal
/// policy, so each test knows its limits and has its own rolling week; grants and decisions through the API.
/// </summary>
internal sealed class DiscretionDesk(BatonApp app)
{
    public CommitmentLedger Ledger { get; } = new(app);

    public async Task<(HttpClient Client, Guid Id)> NewPersonAsync(string team = "Support Blue", string role = "Agent")
    {
        var admin = await app.SignInAsync("admin");
        var teams = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams");
        var teamId = teams!.Single(t => t.GetProperty("name").GetString() == team).GetProperty("id").GetGuid();
        var userName = "grant-" + Guid.NewGuid().ToString("N")[..8];
        var created = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName, displayName = "Grant Agent " + userName[^4..], roles = new[] { role }, teamId, timeZone = "UTC", password = BatonApp.Password,
        }), HttpStatusCode.Created);
        return (await app.SignInAsync(userName), created.GetProperty("id").GetGuid());
    }

    /// <summary>A new session for the person (tokens expire when a test moves the clock by days).</summary>
    public async Task<HttpClient> SignInAgainAsync(Guid personId) =>
        await app.SignInAsync(await app.WithDbAsync(db => db.People.Where(p => p.Id == personId).Select(p => p.UserName).SingleAsync()));

    /// <summary>A personal GoodwillCredit policy in EUR (it overrides the demo's Agent policy).</summary>
    public async Task<JsonElement> PolicyAsync(Guid personId, decimal perInteraction, decimal rollingWeek, object? earnedAutonomy = null,
        string gesture = "GoodwillCredit")
    {
        var manager = await app.SignInAsync("manager");
        return await CommitmentLedger.OkAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", new
        {
            gesture, holderKind = "Person", personId, currency = "EUR", perInteractionLimit = perInteraction, rollingWeekLimit = rollingWeek,
            earnedAutonomy,
        }), HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> AskAsync(HttpClient client, decimal amount, string reference, string gesture = "GoodwillCredit") =>
        client.PostAsJsonAsync("/api/v1/grants", new
        {
            gesture, amount, referenceKind = "Interaction", referenceId = reference, reason = "Parcel arrived damaged",
        });

    /// <summary>Asks for a grant and asserts 201; returns the grant.</summary>
    public static async Task<JsonElement> GrantAsync(HttpClient client, decimal amount, string reference, string gesture = "GoodwillCredit") =>
        await CommitmentLedger.OkAsync(await AskAsync(client, amount, reference, gesture), HttpStatusCode.Created);

    public static string Status(JsonElement grant) => grant.GetProperty("status").GetString()!;

    public static Guid Id(JsonElement grant) => grant.GetProperty("id").GetGuid();

    public static string NewReference() => "call-" + Guid.NewGuid().ToString("N")[..8];

    public Task<List<Baton.Core.Audit.AuditEventType>> AuditOfGrantAsync(Guid grantId) => app.WithDbAsync(db =>
    {
        var subject = $"grant/{grantId:D}";
        return db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
    });
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Handover;

/// <summary>A fresh team in Support made for one test, so its load counts and shifts belong to that test alone.</summary>
internal sealed class HandoverTeam(BatonApp app, HttpClient admin, Guid teamId)
{
    private readonly Dictionary<string, Guid> _people = [];
    private readonly Dictionary<string, string> _userNames = [];

    public Guid TeamId => teamId;

    public HttpClient Admin => admin;

    public Guid this[string name] => _people[name];

    public DateTimeOffset Now => app.Time.GetUtcNow();

    public static async Task<HandoverTeam> CreateAsync(BatonApp app)
    {
        var admin = await app.SignInAsync("admin");
        var support = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/departments"))!
            .Single(d => d.GetProperty("name").GetString() == "Support").GetProperty("id").GetGuid();
        var team = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/teams",
            new { name = $"Team {Guid.NewGuid():N}"[..20], departmentId = support }), HttpStatusCode.Created);
        return new HandoverTeam(app, admin, team.GetProperty("id").GetGuid());
    }

    /// <summary>Adds a member (or, with inTeam false, someone without a team) who signs in with the test password.</summary>
    public async Task<Guid> AddAsync(string name, bool lead = false, bool inTeam = true)
    {
        var userName = $"h{Guid.NewGuid():N}"[..14];
        var person = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName, displayName = $"{name} {userName[1..6]}", roles = lead ? new[] { "TeamLead", "Agent" } : new[] { "Agent" },
            teamId = inTeam ? teamId : (Guid?)null, password = BatonApp.Password,
        }), HttpStatusCode.Created);
        var id = person.GetProperty("id").GetGuid();
        _people[name] = id;
        _userNames[name] = userName;
        if (lead)
        {
            var team = (await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams"))!.Single(t => t.GetProperty("id").GetGuid() == teamId);
            await CommitmentLedger.OkAsync(await admin.PutAsJsonAsync($"/api/v1/teams/{teamId}", new
            {
                name = team.GetProperty("name").GetString(), departmentId = team.GetProperty("departmentId").GetGuid(), leadId = id,
            }));
        }
        return id;
    }

    public Task<HttpClient> SignInAsync(string name) => app.SignInAsync(_userNames[name]);

    /// <summary>Rosters a shift from now + start to now + end; returns its id.</summary>
    public async Task<Guid> ShiftAsync(string name, TimeSpan start, TimeSpan end)
    {
        var shift = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/shifts", new
        {
            personId = _people[name], start = Now.Add(start), end = Now.Add(end),
        }), HttpStatusCode.Created);
        return shift.GetProperty("id").GetGuid();
    }

    /// <summary>A commitment the admin (leading everyone) makes for the member, to a new customer, due at now + dueIn.</summary>
    public async Task<Guid> PromiseForAsync(string name, TimeSpan dueIn, string what = "Call back about the refund")
    {
        var customer = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/customers", new { name = "Pat Handover", phone = "+1 555 0100" }),
            HttpStatusCode.Created);
        var c = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", ownerId = _people[name], promisee = new { customerId = customer.GetProperty("id").GetGuid() },
            due = Now.Add(dueIn).UtcDateTime, what,
        }), HttpStatusCode.Created);
        return c.GetProperty("id").GetGuid();
    }

    public async Task<JsonElement> CommitmentAsync(Guid id) =>
        await CommitmentLedger.OkAsync(await admin.GetAsync($"/api/v1/commitments/{id}"));
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Routing;

/// <summary>
/// A department of its own for one test (the test class shares its database): a team with a lead and agents who can sign
/// in, all on shift now, made Available some minutes ago so that idle order is known.
/// </summary>
internal sealed class RoutingFloor(BatonApp app)
{
    public Guid DepartmentId { get; private set; }
    public string DepartmentName { get; private set; } = "";
    public Guid LeadId { get; private set; }
    public Dictionary<string, Guid> People { get; } = [];

    public static async Task<RoutingFloor> CreateAsync(BatonApp app, params (string Name, string[] Skills, int IdleMinutes)[] agents)
    {
        var floor = new RoutingFloor(app);
        await floor.BuildAsync(agents);
        return floor;
    }

    private async Task BuildAsync((string Name, string[] Skills, int IdleMinutes)[] agents)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var now = Instants.FromTimeProvider(app.Time);
        var hasher = app.Services.GetRequiredService<IPasswordHasher<Person>>();
        await app.WithDbAsync(async db =>
        {
            var department = new Department(Guid.CreateVersion7(), $"Routing {suffix}", "UTC");
            var team = new Team(Guid.CreateVersion7(), $"Routing team {suffix}", department.Id);
            var lead = NewPerson($"lead{suffix}", [Role.TeamLead, Role.Agent], team.Id, [], 0);
            team.AppointLead(lead.Id);
            db.Departments.Add(department);
            db.Teams.Add(team);
            db.People.Add(lead);
            db.Shifts.Add(new Shift(Guid.CreateVersion7(), lead.Id, now.AddHours(-1), now.AddHours(7), "UTC"));
            foreach (var (name, skills, idle) in agents)
            {
                var person = NewPerson($"{name}{suffix}", [Role.Agent], team.Id, skills, idle);
                db.People.Add(person);
                db.Shifts.Add(new Shift(Guid.CreateVersion7(), person.Id, now.AddHours(-1), now.AddHours(7), "UTC"));
                People[name] = person.Id;
                UserNames[name] = person.UserName;
            }
            await db.SaveChangesAsync();
            (DepartmentId, DepartmentName, LeadId) = (department.Id, department.Name, lead.Id);
            UserNames["lead"] = lead.UserName;
            People["lead"] = lead.Id;

            Person NewPerson(string userName, Role[] roles, Guid teamId, string[] skills, int idleMinutes)
            {
                var person = new Person(Guid.CreateVersion7(), userName, userName, roles, teamId, "UTC", now);
                person.SetSkills(skills);
                person.SetPasswordHash(hasher.HashPassword(person, BatonApp.Password));
                person.ChangePresence(Presence.Available, now.AddMinutes(-idleMinutes));
                return person;
            }
        });
    }

    public Dictionary<string, string> UserNames { get; } = [];

    private HttpClient? _sender;

    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>A client signed in as the floor's person (one sign-in per person: hashing passwords is slow on purpose).</summary>
    public async Task<HttpClient> SignInAsync(string name)
    {
        if (!_clients.TryGetValue(name, out var client))
        {
            client = await app.SignInAsync(UserNames[name]);
            _clients[name] = client;
        }
        return client;
    }

    public async Task FireAsync() => await app.Services.GetRequiredService<TimerDispatcher>().FireDueAsync();

    /// <summary>A hand-off from the demo agent to this department (nobody named, so it goes to the lead); returns the commitment id.</summary>
    public async Task<Guid> HandOffAsync(Guid? departmentId = null)
    {
        var agent = _sender ??= await app.SignInAsync("agent");
        var customer = await agent.PostAsJsonAsync("/api/v1/customers", new { name = "Pat Routing", phone = "+1 555 0100" });
        Assert.Equal(HttpStatusCode.Created, customer.StatusCode);
        var response = await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Handoff", promisee = new { customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() },
            due = app.Time.GetUtcNow().AddDays(1).UtcDateTime, what = "Refund needs the bank details", departmentId = departmentId ?? DepartmentId,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var handoff = await response.Content.ReadFromJsonAsync<JsonElement>();
        if (departmentId is null)
        {
            // Nobody was named: the department's on-duty lead holds it until someone takes it.
            Assert.Equal(LeadId, handoff.GetProperty("ownerId").GetGuid());
        }
        return handoff.GetProperty("id").GetGuid();
    }

    /// <summary>The person's open offers, as they see them.</summary>
    public async Task<List<JsonElement>> OffersOfAsync(string name)
    {
        var client = await SignInAsync(name);
        return (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/routing/offers/mine"))!;
    }

    public async Task SetPresenceAsync(string name, string presence)
    {
        var client = await SignInAsync(name);
        var response = await client.PutAsJsonAsync($"/api/v1/people/{People[name]}/presence", new { presence });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A rule for this department's queue, made by the manager through the API; asserts 201.</summary>
    public async Task<JsonElement> RuleAsync(string[]? skills = null, int offerTimeoutSeconds = 30, Guid? overflowTo = null, int? overflowAfter = null)
    {
        var manager = await app.SignInAsync("manager");
        var response = await manager.PostAsJsonAsync("/api/v1/routing/rules", new
        {
            queue = DepartmentName, departmentId = DepartmentId, requiredSkills = skills ?? [], priority = 10, offerTimeoutSeconds,
            overflowDepartmentId = overflowTo, overflowAfterSeconds = overflowAfter,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.People;

public abstract class PeopleApiTests(BatonApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [SkippableFact]
    public async Task List_of_people_keeps_its_contract_and_says_who_is_on_shift()
    {
        var client = await app.SignInAsync("agent");
        var people = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/people");
        Assert.NotNull(people);
        var agent = people!.Single(p => p.GetProperty("userName").GetString() == "agent");
        Assert.True(agent.GetProperty("id").TryGetGuid(out _));
        Assert.Equal("Alex Rivera", agent.GetProperty("displayName").GetString());
        Assert.Equal(["Agent"], agent.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(agent.GetProperty("teamId").TryGetGuid(out _));
        Assert.Equal("Support Blue", agent.GetProperty("teamName").GetString());
        Assert.Equal("Support", agent.GetProperty("departmentName").GetString());
        Assert.Contains("billing", agent.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.True(agent.GetProperty("active").GetBoolean());
        Assert.Equal(JsonValueKind.String, agent.GetProperty("presence").ValueKind);
        Assert.True(agent.GetProperty("onShiftNow").GetBoolean());
        // casey works the Late pattern: starts four hours after the demo's start instant.
        Assert.False(people!.Single(p => p.GetProperty("userName").GetString() == "casey").GetProperty("onShiftNow").GetBoolean());

        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{agent.GetProperty("id").GetGuid()}");
        Assert.Equal("agent", one.GetProperty("person").GetProperty("userName").GetString());
        Assert.Equal("agent@baton.example", one.GetProperty("email").GetString());
        Assert.Equal(JsonValueKind.Object, one.GetProperty("currentShift").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/people/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task Admin_creates_updates_deactivates_and_reactivates_a_person_and_each_change_is_audited()
    {
        var admin = await app.SignInAsync("admin");
        var teamId = await TeamIdAsync(admin, "Support Green");
        var userName = UniqueUserName();
        var created = await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName, displayName = "Noa Tester", email = $"{userName}@baton.example", roles = new[] { "Agent" }, teamId,
            skills = new[] { "Billing", "english" }, timeZone = "Europe/Berlin", password = "s3cret-pass",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = person.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/people/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal(teamId, person.GetProperty("teamId").GetGuid());
        Assert.Equal(["billing", "english"], person.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));
        Assert.False(person.GetProperty("onShiftNow").GetBoolean());

        // The new person can sign in with the password the admin set.
        var token = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "s3cret-pass" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var updated = await admin.PutAsJsonAsync($"/api/v1/people/{id}", new
        {
            displayName = "Noa Tester-Lind", email = (string?)null, roles = new[] { "Agent", "QualityAnalyst" }, teamId = (Guid?)null,
            skills = new[] { "returns" }, timeZone = "UTC",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Noa Tester-Lind", after.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("teamId").ValueKind);
        Assert.Equal(["Agent", "QualityAnalyst"], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{id}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/people/{id}/deactivate", null)).StatusCode);
        var inactive = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/people");
        Assert.DoesNotContain(inactive!, p => p.GetProperty("id").GetGuid() == id);
        var withInactive = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/people?includeInactive=true");
        var deactivated = withInactive!.Single(p => p.GetProperty("id").GetGuid() == id);
        Assert.False(deactivated.GetProperty("active").GetBoolean());
        Assert.Equal("Offline", deactivated.GetProperty("presence").GetString());

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{id}/reactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/people/{id}/reactivate", null)).StatusCode);

        var events = await AuditOfAsync($"person/{id:D}");
        Assert.Equal([AuditEventType.PersonCreated, AuditEventType.SessionTokenIssued, AuditEventType.PersonUpdated,
            AuditEventType.PersonDeactivated, AuditEventType.PersonReactivated], events.Select(e => e.Type));
        var createdEvent = events[0];
        Assert.Null(createdEvent.Before);
        Assert.Contains("\"Noa Tester\"", createdEvent.After!, StringComparison.Ordinal);
        var updatedEvent = events[2];
        Assert.Contains("\"Noa Tester\"", updatedEvent.Before!, StringComparison.Ordinal);
        Assert.Contains("\"Noa Tester-Lind\"", updatedEvent.After!, StringComparison.Ordinal);
        Assert.Equal("admin", updatedEvent.ActorName);
        Assert.All(events, e =>
        {
            Assert.DoesNotContain("password", (e.Before ?? "") + (e.After ?? ""), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("AQAAAA", (e.Before ?? "") + (e.After ?? ""), StringComparison.Ordinal);
        });
    }

    [SkippableFact]
    public async Task A_deactivated_person_cannot_get_a_token_and_their_token_stops_working()
    {
        var admin = await app.SignInAsync("admin");
        var (id, userName) = await CreatePersonAsync(admin);
        var own = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "long-enough-1" });
        var ownToken = (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ownToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/people")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{id}/deactivate", null)).StatusCode);

        var refused = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "long-enough-1" });
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/people")).StatusCode);
    }

    [SkippableFact]
    public async Task Non_admins_cannot_change_the_organisation()
    {
        var teamlead = await app.SignInAsync("teamlead");
        var agentId = await PersonIdAsync(teamlead, "agent");
        var teamId = await TeamIdAsync(teamlead, "Support Blue");
        var now = app.Time.GetUtcNow();
        var attempts = new (string Method, string Url, object? Body)[]
        {
            ("POST", "/api/v1/people", new { userName = UniqueUserName(), displayName = "X", roles = new[] { "Agent" }, password = "long-enough-1" }),
            ("PUT", $"/api/v1/people/{agentId}", new { displayName = "X", roles = new[] { "Agent" } }),
            ("POST", $"/api/v1/people/{agentId}/deactivate", null),
            ("POST", $"/api/v1/people/{agentId}/reactivate", null),
            ("POST", "/api/v1/departments", new { name = "Nope" }),
            ("PUT", $"/api/v1/teams/{teamId}", new { name = "Nope" }),
            ("POST", "/api/v1/teams", new { name = "Nope" }),
            ("POST", "/api/v1/shifts", new { personId = agentId, start = now.AddDays(20), end = now.AddDays(20).AddHours(8) }),
            ("DELETE", $"/api/v1/shifts/{Guid.NewGuid()}", null),
        };
        foreach (var (method, url, body) in attempts)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = body is null ? null : JsonContent.Create(body) };
            var response = await teamlead.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {url} answered {response.StatusCode}");
        }
        // Reading is for everyone signed in.
        Assert.Equal(HttpStatusCode.OK, (await teamlead.GetAsync("/api/v1/departments")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teamlead.GetAsync("/api/v1/teams")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teamlead.GetAsync("/api/v1/shifts")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await teamlead.GetAsync("/api/v1/org/on-shift")).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_input_is_a_400_naming_the_field()
    {
        var admin = await app.SignInAsync("admin");
        async Task AssertFieldAsync(HttpResponseMessage response, string field)
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
        }

        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = UniqueUserName(), displayName = "Bad Team", roles = new[] { "Agent" }, teamId = Guid.NewGuid(), password = "long-enough-1",
        }), "teamId");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = UniqueUserName(), displayName = "Short Password", roles = new[] { "Agent" }, password = "short",
        }), "password");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = "No Spaces Allowed", displayName = "Bad Name", roles = new[] { "Agent" }, password = "long-enough-1",
        }), "userName");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = UniqueUserName(), displayName = "No Roles", roles = Array.Empty<string>(), password = "long-enough-1",
        }), "roles");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName = UniqueUserName(), displayName = "Bad Zone", roles = new[] { "Agent" }, timeZone = "Mars/Olympus", password = "long-enough-1",
        }), "timeZone");
        var agentId = await PersonIdAsync(admin, "agent");
        await AssertFieldAsync(await admin.PutAsJsonAsync($"/api/v1/people/{agentId}", new
        {
            displayName = "Alex Rivera", roles = new[] { "Agent" }, teamId = Guid.NewGuid(),
        }), "teamId");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"Team {Guid.NewGuid():N}", departmentId = Guid.NewGuid() }), "departmentId");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/departments", new { name = $"Dept {Guid.NewGuid():N}", headId = Guid.NewGuid() }), "headId");

        // Leads and heads must be active people.
        var (inactiveId, _) = await CreatePersonAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{inactiveId}/deactivate", null)).StatusCode);
        var departmentId = await DepartmentIdAsync(admin, "Support");
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/teams", new { name = $"Team {Guid.NewGuid():N}", departmentId, leadId = inactiveId }), "leadId");
        await AssertFieldAsync(await admin.PutAsJsonAsync($"/api/v1/departments/{departmentId}", new { name = "Support", headId = inactiveId }), "headId");

        // The person at fault is named even when the person is unknown.
        var now = app.Time.GetUtcNow();
        await AssertFieldAsync(await admin.PostAsJsonAsync("/api/v1/shifts", new { personId = Guid.NewGuid(), start = now, end = now.AddHours(1) }), "personId");
    }

    [SkippableFact]
    public async Task Duplicates_are_409_with_a_clear_message()
    {
        var admin = await app.SignInAsync("admin");
        var departmentId = await DepartmentIdAsync(admin, "Support");

        var person = await admin.PostAsJsonAsync("/api/v1/people", new { userName = "Agent", displayName = "Second Agent", roles = new[] { "Agent" }, password = "long-enough-1" });
        Assert.Equal(HttpStatusCode.Conflict, person.StatusCode);
        var problem = await person.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("'agent' is already taken", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("userName", problem.GetProperty("field").GetString());

        var team = await admin.PostAsJsonAsync("/api/v1/teams", new { name = "support blue", departmentId });
        Assert.Equal(HttpStatusCode.Conflict, team.StatusCode);
        Assert.Contains("already a team named", (await team.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var department = await admin.PostAsJsonAsync("/api/v1/departments", new { name = "Finance" });
        Assert.Equal(HttpStatusCode.Conflict, department.StatusCode);
        Assert.Contains("already a department named", (await department.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Renaming onto another's name is a duplicate too; keeping one's own name is not.
        var financeId = await DepartmentIdAsync(admin, "Finance");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/departments/{financeId}", new { name = "Returns" })).StatusCode);
    }

    [SkippableFact]
    public async Task Admin_cannot_deactivate_themselves_or_drop_their_own_admin_role()
    {
        var admin = await app.SignInAsync("admin");
        var adminId = await PersonIdAsync(admin, "admin");
        var response = await admin.PostAsync($"/api/v1/people/{adminId}/deactivate", null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("cannot deactivate yourself", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var demote = await admin.PutAsJsonAsync($"/api/v1/people/{adminId}", new { displayName = "Adrian Cole", roles = new[] { "Agent" } });
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains("roles", await demote.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/people")).StatusCode);
    }

    [SkippableFact]
    public async Task Departments_and_teams_are_created_and_updated_with_audit_events()
    {
        var admin = await app.SignInAsync("admin");
        var headId = await PersonIdAsync(admin, "manager");
        var leadId = await PersonIdAsync(admin, "jamie");
        var name = $"Loyalty {Guid.NewGuid():N}"[..20];
        var department = await admin.PostAsJsonAsync("/api/v1/departments", new { name, timeZone = "Europe/Berlin", headId });
        Assert.Equal(HttpStatusCode.Created, department.StatusCode);
        var departmentId = (await department.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var team = await admin.PostAsJsonAsync("/api/v1/teams", new { name = name + " Desk", departmentId, leadId });
        Assert.Equal(HttpStatusCode.Created, team.StatusCode);
        var teamView = await team.Content.ReadFromJsonAsync<JsonElement>();
        var teamId = teamView.GetProperty("id").GetGuid();
        Assert.Equal("Jamie Rossi", teamView.GetProperty("leadName").GetString());
        Assert.Equal(name, teamView.GetProperty("departmentName").GetString());

        var renamed = await admin.PutAsJsonAsync($"/api/v1/teams/{teamId}", new { name = name + " Team", departmentId, leadId = (Guid?)null });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("leadId").ValueKind);
        var moved = await admin.PutAsJsonAsync($"/api/v1/departments/{departmentId}", new { name = name + " Care", timeZone = "UTC", headId });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/teams/{Guid.NewGuid()}", new { name = "X", departmentId })).StatusCode);

        var teams = await admin.GetFromJsonAsync<List<JsonElement>>($"/api/v1/teams?departmentId={departmentId}");
        Assert.Equal(name + " Team", Assert.Single(teams!).GetProperty("name").GetString());
        var departments = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/departments");
        var stored = departments!.Single(d => d.GetProperty("id").GetGuid() == departmentId);
        Assert.Equal("Morgan Lee", stored.GetProperty("headName").GetString());
        Assert.Equal(1, stored.GetProperty("teamCount").GetInt32());

        Assert.Equal([AuditEventType.DepartmentCreated, AuditEventType.DepartmentUpdated], (await AuditOfAsync($"department/{departmentId:D}")).Select(e => e.Type));
        var teamEvents = await AuditOfAsync($"team/{teamId:D}");
        Assert.Equal([AuditEventType.TeamCreated, AuditEventType.TeamUpdated], teamEvents.Select(e => e.Type));
        Assert.Contains(leadId.ToString("D"), teamEvents[1].Before!, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Overlapping_shifts_for_one_person_are_refused_and_shift_changes_are_audited()
    {
        var admin = await app.SignInAsync("admin");
        var (personId, _) = await CreatePersonAsync(admin);
        var day = app.Time.GetUtcNow().UtcDateTime.Date.AddDays(30);
        var first = await admin.PostAsJsonAsync("/api/v1/shifts", new { personId, start = day.AddHours(8), end = day.AddHours(16), timeZone = "Europe/Berlin", label = "Day" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var shift = await first.Content.ReadFromJsonAsync<JsonElement>();
        var shiftId = shift.GetProperty("id").GetGuid();
        Assert.Equal(day.AddHours(8), shift.GetProperty("start").GetDateTime().ToUniversalTime());
        Assert.Equal(new DateTimeOffset(DateTime.SpecifyKind(day.AddHours(9), DateTimeKind.Unspecified), TimeSpan.FromHours(1)), shift.GetProperty("localStart").GetDateTimeOffset());

        var overlap = await admin.PostAsJsonAsync("/api/v1/shifts", new { personId, start = day.AddHours(15), end = day.AddHours(20) });
        Assert.Equal(HttpStatusCode.Conflict, overlap.StatusCode);
        var problem = await overlap.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("start", problem.GetProperty("field").GetString());
        Assert.Contains("overlaps", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Back to back is fine; a shift that ends before it starts is not.
        var late = await admin.PostAsJsonAsync("/api/v1/shifts", new { personId, start = day.AddHours(16), end = day.AddHours(22) });
        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        var lateId = (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var backwards = await admin.PostAsJsonAsync("/api/v1/shifts", new { personId, start = day.AddHours(30), end = day.AddHours(29) });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);

        // Moving a shift onto another is refused too; moving it clear is accepted.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PutAsJsonAsync($"/api/v1/shifts/{lateId}", new { start = day.AddHours(12), end = day.AddHours(18) })).StatusCode);
        var movedResponse = await admin.PutAsJsonAsync($"/api/v1/shifts/{lateId}", new { start = day.AddHours(17), end = day.AddHours(23), label = "Late" });
        Assert.Equal(HttpStatusCode.OK, movedResponse.StatusCode);

        var roster = await admin.GetFromJsonAsync<List<JsonElement>>(
            $"/api/v1/shifts?personId={personId}&from={day:yyyy-MM-dd}T00:00:00Z&to={day.AddDays(1):yyyy-MM-dd}T00:00:00Z");
        Assert.Equal(["Day", "Late"], roster!.Select(s => s.GetProperty("label").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/shifts/{shiftId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/shifts/{shiftId}")).StatusCode);
        Assert.Equal([AuditEventType.ShiftCreated, AuditEventType.ShiftDeleted], (await AuditOfAsync($"shift/{shiftId:D}")).Select(e => e.Type));
        Assert.Equal([AuditEventType.ShiftCreated, AuditEventType.ShiftUpdated], (await AuditOfAsync($"shift/{lateId:D}")).Select(e => e.Type));
    }

    [SkippableFact]
    public async Task Shifts_can_be_listed_by_team()
    {
        var client = await app.SignInAsync("agent");
        var teamId = await TeamIdAsync(client, "Support Blue");
        var shifts = await client.GetFromJsonAsync<List<JsonElement>>($"/api/v1/shifts?teamId={teamId}");
        Assert.NotEmpty(shifts!);
        Assert.All(shifts!, s => Assert.Equal(teamId, s.GetProperty("teamId").GetGuid()));
        Assert.Contains(shifts!, s => s.GetProperty("userName").GetString() == "agent");
        var tooWide = await client.GetAsync("/api/v1/shifts?from=2026-01-01T00:00:00Z&to=2026-12-31T00:00:00Z");
        Assert.Equal(HttpStatusCode.BadRequest, tooWide.StatusCode);
    }

    [SkippableFact]
    public async Task Presence_is_changed_by_the_person_their_lead_or_an_admin_only()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await PersonIdAsync(agent, "agent");
        var jordanId = await PersonIdAsync(agent, "jordan");

        var own = await agent.PutAsJsonAsync($"/api/v1/people/{agentId}/presence", new { presence = "OnCall" });
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("OnCall", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("presence").GetString());

        // A colleague in the same team may not; nor may a lead of another team.
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"/api/v1/people/{jordanId}/presence", new { presence = "Break" })).StatusCode);
        var otherLead = await app.SignInAsync("jamie");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherLead.PutAsJsonAsync($"/api/v1/people/{agentId}/presence", new { presence = "Break" })).StatusCode);

        var lead = await app.SignInAsync("teamlead");
        Assert.Equal(HttpStatusCode.OK, (await lead.PutAsJsonAsync($"/api/v1/people/{agentId}/presence", new { presence = "WrapUp" })).StatusCode);
        var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/people/{agentId}/presence", new { presence = "Available" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/people/{Guid.NewGuid()}/presence", new { presence = "Available" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync($"/api/v1/people/{agentId}/presence", new { })).StatusCode);

        var changes = (await AuditOfAsync($"person/{agentId:D}")).Where(e => e.Type == AuditEventType.PresenceChanged).ToList();
        Assert.Equal(["agent", "teamlead", "admin"], changes.TakeLast(3).Select(e => e.ActorName));
        Assert.Contains("WrapUp", changes[^1].Before!, StringComparison.Ordinal);
        Assert.Contains("Available", changes[^1].After!, StringComparison.Ordinal);

        // Inactive people can only be Offline.
        var (inactiveId, _) = await CreatePersonAsync(admin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/people/{inactiveId}/deactivate", null)).StatusCode);
        var refused = await admin.PutAsJsonAsync($"/api/v1/people/{inactiveId}/presence", new { presence = "Available" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("presence", out _));
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/people/{inactiveId}/presence", new { presence = "Offline" })).StatusCode);
    }

    [SkippableFact]
    public async Task On_shift_now_follows_the_clock()
    {
        var client = await app.SignInAsync("agent");
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/org/on-shift");
        var names = UserNames(before);
        Assert.Contains("agent", names);
        Assert.Contains("riley", names);      // Early: ends 15 minutes after the start instant
        Assert.DoesNotContain("casey", names); // Late: starts four hours after it
        var riley = before.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("userName").GetString() == "riley");
        var rileyEnd = riley.GetProperty("shiftEnd").GetDateTime().ToUniversalTime();
        Assert.Equal("Early", riley.GetProperty("shiftLabel").GetString());
        Assert.True(rileyEnd > app.Time.GetUtcNow().UtcDateTime && rileyEnd <= app.Time.GetUtcNow().UtcDateTime.AddMinutes(20));
        Assert.Equal("Support Blue", riley.GetProperty("teamName").GetString());
        Assert.Equal("Support", riley.GetProperty("departmentName").GetString());

        app.Time.Advance(TimeSpan.FromMinutes(20));
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/org/on-shift");
        Assert.Contains("agent", UserNames(after));
        Assert.DoesNotContain("riley", UserNames(after));
        var people = await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/people");
        Assert.False(people!.Single(p => p.GetProperty("userName").GetString() == "riley").GetProperty("onShiftNow").GetBoolean());

        // Four hours in, the Late people are on.
        app.Time.Advance(TimeSpan.FromHours(4));
        Assert.Contains("casey", UserNames(await client.GetFromJsonAsync<JsonElement>("/api/v1/org/on-shift")));
    }

    private static List<string?> UserNames(JsonElement onShift) =>
        onShift.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("userName").GetString()).ToList();

    private static string UniqueUserName() => $"t{Guid.NewGuid():N}"[..14];

    private static async Task<(Guid Id, string UserName)> CreatePersonAsync(HttpClient admin)
    {
        var userName = UniqueUserName();
        var response = await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName, displayName = $"Person {userName}", roles = new[] { "Agent" }, password = "long-enough-1",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), userName);
    }

    private static async Task<Guid> PersonIdAsync(HttpClient client, string userName) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/people?includeInactive=true"))!
        .Single(p => p.GetProperty("userName").GetString() == userName).GetProperty("id").GetGuid();

    private static async Task<Guid> TeamIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams"))!
        .Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private static async Task<Guid> DepartmentIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/departments"))!
        .Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();

    private Task<List<Baton.Server.Features.Audit.AuditEvent>> AuditOfAsync(string subject) =>
        app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync());
}

public sealed class PeopleApiTestsOnSqlite(SqliteApp app) : PeopleApiTests(app), IClassFixture<SqliteApp>;

public sealed class PeopleApiTestsOnPostgres(PostgresApp app) : PeopleApiTests(app), IClassFixture<PostgresApp>;

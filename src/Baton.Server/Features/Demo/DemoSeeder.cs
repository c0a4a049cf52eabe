using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Identity;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Seeds a demo contact center: five departments, six teams, about thirty people in every role, and shifts laid
/// around the start-up instant so that some people are on shift, some are off, and one shift ends within minutes.
/// </summary>
public sealed class DemoSeeder(BatonDb db, IPasswordHasher<Person> hasher, TimeProvider time)
{
    private static readonly string[] DepartmentNames = ["Sales", "Support", "Tech Support", "Finance", "Returns"];

    private static readonly (string Team, string Department)[] TeamNames =
    [
        ("Sales Floor", "Sales"), ("Support Blue", "Support"), ("Support Green", "Support"),
        ("Tech Desk", "Tech Support"), ("Finance Desk", "Finance"), ("Returns Desk", "Returns"),
    ];

    // (userName, display name, roles, team, skills). The first seven are the printed demo sign-ins.
    private static readonly (string User, string Name, Role[] Roles, string? Team, string[] Skills)[] Staff =
    [
        ("agent", "Alex Rivera", [Role.Agent], "Support Blue", ["billing", "returns", "english", "spanish"]),
        ("teamlead", "Taylor Brooks", [Role.TeamLead, Role.Agent], "Support Blue", ["billing", "returns", "english"]),
        ("supervisor", "Sam Patel", [Role.Supervisor], "Support Green", ["billing", "english"]),
        ("departmenthead", "Dana Fischer", [Role.DepartmentHead], "Finance Desk", ["payments", "refunds", "english"]),
        ("manager", "Morgan Lee", [Role.Manager], null, ["english"]),
        ("qualityanalyst", "Quinn Harper", [Role.QualityAnalyst], null, ["english"]),
        ("admin", "Adrian Cole", [Role.Admin], null, ["english"]),
        ("jordan", "Jordan Kim", [Role.Agent], "Support Blue", ["billing", "english"]),
        ("casey", "Casey Nguyen", [Role.Agent], "Support Blue", ["returns", "english", "vietnamese"]),
        ("riley", "Riley Okafor", [Role.Agent], "Support Blue", ["billing", "english"]),
        ("avery", "Avery Schmidt", [Role.Agent], "Support Green", ["billing", "german", "english"]),
        ("jamie", "Jamie Rossi", [Role.TeamLead, Role.Agent], "Support Green", ["billing", "italian", "english"]),
        ("drew", "Drew Martins", [Role.Agent], "Support Green", ["returns", "portuguese", "english"]),
        ("skyler", "Skyler Novak", [Role.Agent], "Support Green", ["billing", "english"]),
        ("parker", "Parker Diaz", [Role.TeamLead, Role.Agent], "Sales Floor", ["sales", "upgrades", "english"]),
        ("reese", "Reese Cohen", [Role.Agent], "Sales Floor", ["sales", "upgrades", "english"]),
        ("emerson", "Emerson Walsh", [Role.Agent], "Sales Floor", ["sales", "english"]),
        ("rowan", "Rowan Ito", [Role.Agent], "Sales Floor", ["sales", "upgrades", "japanese", "english"]),
        ("hayden", "Hayden Moreau", [Role.DepartmentHead], "Sales Floor", ["sales", "english"]),
        ("logan", "Logan Petrov", [Role.TeamLead, Role.Agent], "Tech Desk", ["firmware", "headsets", "english"]),
        ("finley", "Finley Adams", [Role.Agent], "Tech Desk", ["firmware", "headsets", "english"]),
        ("sage", "Sage Lindqvist", [Role.Agent], "Tech Desk", ["firmware", "networking", "english"]),
        ("blake", "Blake Mensah", [Role.DepartmentHead], "Tech Desk", ["firmware", "english"]),
        ("kendall", "Kendall Park", [Role.TeamLead, Role.Agent], "Finance Desk", ["payments", "refunds", "english"]),
        ("quincy", "Quincy Baptiste", [Role.Agent], "Finance Desk", ["payments", "refunds", "french", "english"]),
        ("marlow", "Marlow Hughes", [Role.Agent], "Finance Desk", ["payments", "english"]),
        ("tatum", "Tatum Reyes", [Role.TeamLead, Role.Agent], "Returns Desk", ["returns", "english", "spanish"]),
        ("ellis", "Ellis Varga", [Role.Agent], "Returns Desk", ["returns", "english"]),
        ("harley", "Harley Osei", [Role.Agent], "Returns Desk", ["returns", "refunds", "english"]),
        ("robin", "Robin Achterberg", [Role.DepartmentHead], "Returns Desk", ["returns", "english"]),
        ("charlie", "Charlie Dubois", [Role.DepartmentHead], "Support Blue", ["billing", "english"]),
    ];

    public async Task SeedAsync(DemoOptions options, CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        var departments = DepartmentNames.ToDictionary(n => n, n => new Department(Guid.CreateVersion7(), n, options.TimeZone));
        var teams = TeamNames.ToDictionary(t => t.Team, t => new Team(Guid.CreateVersion7(), t.Team, departments[t.Department].Id));
        var people = new List<Person>();
        string? passwordHash = null;
        foreach (var (user, name, roles, team, skills) in Staff)
        {
            var person = new Person(Guid.CreateVersion7(), user, name, roles, team is null ? null : teams[team].Id, options.TimeZone, now);
            person.SetSkills(skills);
            person.ChangeEmail($"{user}@baton.example");
            // One hash serves every demo account: they share the demo password, and hashing thirty times would slow start-up.
            passwordHash ??= hasher.HashPassword(person, options.Password);
            person.SetPasswordHash(passwordHash);
            people.Add(person);
        }
        var byUser = people.ToDictionary(p => p.UserName);
        foreach (var team in teams.Values)
        {
            team.AppointLead(people.FirstOrDefault(p => p.TeamId == team.Id && p.HasRole(Role.TeamLead))?.Id
                             ?? people.FirstOrDefault(p => p.TeamId == team.Id && p.HasRole(Role.Supervisor))?.Id);
        }
        departments["Finance"].AppointHead(byUser["departmenthead"].Id);
        departments["Sales"].AppointHead(byUser["hayden"].Id);
        departments["Tech Support"].AppointHead(byUser["blake"].Id);
        departments["Returns"].AppointHead(byUser["robin"].Id);
        departments["Support"].AppointHead(byUser["charlie"].Id);

        db.Departments.AddRange(departments.Values);
        db.Teams.AddRange(teams.Values);
        db.People.AddRange(people);
        var shifts = Shifts(people, now, options.TimeZone).ToList();
        db.Shifts.AddRange(shifts);
        // People on shift at start-up are at their desks: the Board and routing see them as available.
        foreach (var person in people.Where(p => shifts.Any(s => s.PersonId == p.Id && s.Covers(now))))
        {
            person.ChangePresence(Presence.Available, now);
        }

        var actor = Actor.System;
        foreach (var d in departments.Values)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("department", d.Id), AuditEventType.DepartmentCreated, null, new { d.Name }, "demo data", ct);
        }
        foreach (var t in teams.Values)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("team", t.Id), AuditEventType.TeamCreated, null, new { t.Name, t.DepartmentId }, "demo data", ct);
        }
        foreach (var p in people)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("person", p.Id), AuditEventType.PersonCreated, null,
                new { p.UserName, p.DisplayName, p.Roles, p.TeamId }, "demo data", ct);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Shifts relative to start-up: "Early" people end a few minutes from now (so a shift-end handover happens soon),
    /// "Day" people are on until late, "Late" people start in a few hours (off shift now). Leadership works Day.
    /// </summary>
    private static IEnumerable<Shift> Shifts(List<Person> people, DateTime now, string timeZone)
    {
        var anchor = new DateTime(now.Ticks - (now.Ticks % (TimeSpan.TicksPerMinute * 5)), DateTimeKind.Utc);
        var patterns = new (string Label, TimeSpan Start, TimeSpan End)[]
        {
            ("Early", TimeSpan.FromHours(-8) + TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15)),
            ("Day", TimeSpan.FromHours(-2), TimeSpan.FromHours(6)),
            ("Late", TimeSpan.FromHours(4), TimeSpan.FromHours(12)),
        };
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var isLeadership = person.Roles.Any(r => r != Role.Agent && r != Role.TeamLead);
            var pattern = person.UserName is "agent" or "teamlead" || isLeadership ? patterns[1] : patterns[i % 3];
            for (var day = -1; day <= 1; day++)
            {
                var offset = TimeSpan.FromDays(day);
                yield return new Shift(Guid.CreateVersion7(), person.Id, anchor + offset + pattern.Start, anchor + offset + pattern.End, timeZone, pattern.Label);
            }
        }
    }
}

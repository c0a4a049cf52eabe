using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Seeds about twenty customers and a realistic ledger through the domain, so custody, timelines and audit events are
/// exactly what the real use cases would have written: kept and broken promises closed in the past, overdue ones, ones
/// due today, hand-offs to Finance waiting for acceptance, requests logged to department heads, a shift handover, and a
/// callback with two failed attempts. Past events are made at their past instants.
/// </summary>
public sealed class DemoCommitmentsSeeder(BatonDb db, TimeProvider time)
{
    private static readonly (string Name, string Phone, string? Times)[] CustomerData =
    [
        ("Maria Gonzalez", "+1 415 555 0101", "weekdays after 17:00"), ("Liam O'Brien", "+1 415 555 0102", null),
        ("Chen Wei", "+1 415 555 0103", "mornings"), ("Fatima Al-Sayed", "+1 415 555 0104", null),
        ("Noah Williams", "+1 415 555 0105", "lunchtime"), ("Sofia Rossi", "+1 415 555 0106", null),
        ("Kwame Mensah", "+1 415 555 0107", null), ("Emma Johansson", "+1 415 555 0108", "not before 10:00"),
        ("Hiroshi Tanaka", "+1 415 555 0109", null), ("Olivia Brown", "+1 415 555 0110", null),
        ("Mateus Silva", "+1 415 555 0111", "evenings"), ("Aisha Khan", "+1 415 555 0112", null),
        ("Lucas Dubois", "+1 415 555 0113", null), ("Priya Sharma", "+1 415 555 0114", "weekends"),
        ("Jonas Becker", "+1 415 555 0115", null), ("Grace Lee", "+1 415 555 0116", null),
        ("Tomás Novak", "+1 415 555 0117", null), ("Amara Eze", "+1 415 555 0118", "after 18:00"),
        ("Ivan Petrov", "+1 415 555 0119", null), ("Zoe Martin", "+1 415 555 0120", null),
    ];

    private Dictionary<string, Person> _people = [];
    private List<Customer> _customers = [];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        _people = await db.People.ToDictionaryAsync(p => p.UserName, ct);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, ct);
        var finance = departments["Finance"].Id;

        foreach (var (name, phone, times) in CustomerData)
        {
            var email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com";
            var customer = new Customer(Guid.CreateVersion7(), name, [phone], email, times, now.AddDays(-10));
            db.Customers.Add(customer);
            await db.RecordAsync(Actor.System, customer.CreatedAt, AuditTrail.SubjectOf("customer", customer.Id), AuditEventType.CustomerCreated,
                null, CustomerView.Of(customer), "demo data", ct);
            _customers.Add(customer);
        }

        // Kept and broken, closed in the past.
        var kept1 = await PromiseAsync("agent", 0, CommitmentKind.Callback, "Call back with the refund reference for order 1042", now.AddDays(-2), TimeSpan.FromHours(3));
        await AttemptAsync(kept1, "agent", AttemptChannel.Phone, AttemptResult.Reached, "Gave her the refund reference", now.AddDays(-2).AddHours(1));
        await CloseAsync(kept1, "agent", Outcome.Kept, null, null, now.AddDays(-2).AddHours(1));
        var kept2 = await PromiseAsync("jordan", 1, CommitmentKind.FollowUp, "Email the corrected invoice", now.AddDays(-3), TimeSpan.FromHours(24));
        await CloseAsync(kept2, "jordan", Outcome.Kept, null, null, now.AddDays(-3).AddHours(5));
        var kept3 = await PromiseAsync("casey", 2, CommitmentKind.Callback, "Confirm the replacement headset has shipped", now.AddDays(-1).AddHours(-4), TimeSpan.FromHours(4));
        await AttemptAsync(kept3, "casey", AttemptChannel.Phone, AttemptResult.Reached, null, now.AddDays(-1).AddHours(-2));
        await CloseAsync(kept3, "casey", Outcome.Kept, null, null, now.AddDays(-1).AddHours(-2));
        var broken1 = await PromiseAsync("riley", 3, CommitmentKind.Callback, "Call back about the missing loyalty points", now.AddDays(-2), TimeSpan.FromHours(2));
        await CloseAsync(broken1, "riley", Outcome.Broken, "Forgot during a busy queue; the customer called in again", null, now.AddDays(-2).AddHours(5));
        var broken2 = await PromiseAsync("avery", 4, CommitmentKind.FollowUp, "Send the contract cancellation confirmation", now.AddDays(-4), TimeSpan.FromHours(24));
        await CloseAsync(broken2, "avery", Outcome.Broken, "The template was missing; sent two days late", null, now.AddDays(-2));
        var cancelled = await PromiseAsync("drew", 5, CommitmentKind.Callback, "Call back to book a technician visit", now.AddDays(-1), TimeSpan.FromHours(6));
        await CloseAsync(cancelled, "drew", Outcome.Cancelled, "The customer booked the visit online", "the customer, by email", now.AddDays(-1).AddHours(2));

        // Overdue: promised earlier, due time already passed.
        await PromiseAsync("agent", 6, CommitmentKind.Callback, "Call back about the duplicate charge on the March bill", now.AddHours(-5), TimeSpan.FromHours(4));
        await PromiseAsync("riley", 7, CommitmentKind.Callback, "Explain the early-termination fee", now.AddHours(-6), TimeSpan.FromHours(5.5));
        await PromiseAsync("avery", 8, CommitmentKind.FollowUp, "Send the warranty terms in German", now.AddDays(-1), TimeSpan.FromHours(20));

        // Due today: some within two hours.
        await PromiseAsync("agent", 9, CommitmentKind.Callback, "Confirm the new delivery date", now.AddMinutes(-30), TimeSpan.FromMinutes(65));
        await PromiseAsync("agent", 10, CommitmentKind.FollowUp, "Email the return label", now.AddHours(-1), TimeSpan.FromHours(2.5));
        await PromiseAsync("jordan", 11, CommitmentKind.Callback, "Call back once the payment has cleared", now.AddHours(-1), TimeSpan.FromHours(5));
        await PromiseAsync("casey", 12, CommitmentKind.Callback, "Check the replacement order status and call back", now.AddHours(-2), TimeSpan.FromHours(8));
        await PromiseAsync("skyler", 13, CommitmentKind.Callback, "Call back about the billing address change", now.AddHours(-1), TimeSpan.FromHours(4));
        await PromiseAsync("reese", 14, CommitmentKind.FollowUp, "Send the upgrade offer in writing", now.AddHours(-3), TimeSpan.FromHours(9));

        // A callback with two failed attempts, still open.
        var tries = await PromiseAsync("agent", 15, CommitmentKind.Callback, "Call back about the damaged parcel claim", now.AddHours(-26), TimeSpan.FromHours(28));
        await AttemptAsync(tries, "agent", AttemptChannel.Phone, AttemptResult.NoAnswer, "No answer, no voicemail", now.AddHours(-25));
        await AttemptAsync(tries, "agent", AttemptChannel.Phone, AttemptResult.Voicemail, "Left a voicemail with our number", now.AddHours(-3));

        // A shift handover: promised by someone whose shift ended, now in the agent's hands.
        var handed = await PromiseAsync("jordan", 16, CommitmentKind.Callback, "Call back with the courier's answer", now.AddHours(-4), TimeSpan.FromHours(6));
        await TransferAsync(handed, "jordan", "agent", CustodyReason.ShiftHandover, "Courier promised an answer by noon; customer prefers mobile", now.AddHours(-1));

        // Hand-offs to Finance waiting for acceptance.
        await HandOffAsync("agent", 17, "Refund the overcharge of 42.50 and call the customer", finance, "quincy", "Customer has the bank statement ready", now.AddMinutes(-50), TimeSpan.FromHours(24));
        await HandOffAsync("casey", 18, "Set up an instalment plan for the outstanding balance", finance, "departmenthead", null, now.AddMinutes(-20), TimeSpan.FromHours(48));

        // Requests logged to department heads, and promises between colleagues and to a team.
        await RequestAsync("agent", "departmenthead", "Confirm the refund policy for damaged returns", now.AddHours(-2), TimeSpan.FromHours(26));
        await RequestAsync("supervisor", "blake", "Send the firmware 2.1 rollback steps for the support teams", now.AddHours(-5), TimeSpan.FromHours(3));
        await PromiseToAsync("teamlead", Promisee.Person(_people["supervisor"].Id), CommitmentKind.ActionItem, "Send the weekly coaching summary",
            now.AddHours(-1), TimeSpan.FromHours(30));
        var green = await db.Teams.Where(t => t.Name == "Support Green").Select(t => t.Id).FirstAsync(ct);
        await PromiseToAsync("jamie", Promisee.Team(green), CommitmentKind.FollowUp, "Share the new billing script with the team",
            now.AddHours(-2), TimeSpan.FromHours(6));
        await PromiseToAsync("departmenthead", Promisee.Department(departments["Support"].Id), CommitmentKind.FollowUp,
            "Publish the new goodwill credit limits", now.AddDays(-1), TimeSpan.FromHours(36));

        // Every open demo item gets its timers, so past-due ones turn overdue (and escalate) as soon as Baton runs.
        foreach (var commitment in db.ChangeTracker.Entries<Commitment>().Select(e => e.Entity).ToList())
        {
            await CommitmentTimers.RescheduleAsync(db, commitment, now, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private static ClaimsPrincipal As(Person person) => Principals.ForPerson(person, "demo");

    private static OwnerInfo Owner(Person person) => new(person.Id, person.Active);

    private async Task ApplyAsync(Person actor, DateTime at, CommitmentEffects effects) =>
        await CommitmentWork.RecordAsync(db, As(actor), at, effects, CancellationToken.None);

    private Task<Commitment> PromiseAsync(string owner, int customer, CommitmentKind kind, string what, DateTime at, TimeSpan dueIn) =>
        PromiseToAsync(owner, Promisee.Customer(_customers[customer].Id), kind, what, at, dueIn);

    private async Task<Commitment> PromiseToAsync(string owner, Promisee promisee, CommitmentKind kind, string what, DateTime at, TimeSpan dueIn)
    {
        var person = _people[owner];
        var result = Commitment.Create(new CommitmentDraft(Guid.CreateVersion7(), kind, promisee, at + dueIn, what), Owner(person), person.Id, at);
        db.Commitments.Add(result.Commitment);
        await ApplyAsync(person, at, result.Effects);
        return result.Commitment;
    }

    private async Task AttemptAsync(Commitment c, string actor, AttemptChannel channel, AttemptResult result, string? note, DateTime at)
    {
        var person = _people[actor];
        await ApplyAsync(person, at, c.RecordAttempt(channel, result, note, person.Id, false, at).Effects);
    }

    private async Task CloseAsync(Commitment c, string actor, Outcome outcome, string? reason, string? agreedBy, DateTime at)
    {
        var person = _people[actor];
        await ApplyAsync(person, at, c.Close(outcome, reason, agreedBy, person.Id, false, at));
    }

    private async Task TransferAsync(Commitment c, string from, string to, CustodyReason reason, string note, DateTime at)
    {
        var person = _people[from];
        await ApplyAsync(person, at, c.Transfer(Owner(_people[to]), reason, person.Id, note, false, at));
    }

    private async Task HandOffAsync(string sender, int customer, string what, Guid department, string receiver, string? note, DateTime at, TimeSpan dueIn)
    {
        var person = _people[sender];
        var draft = new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.Handoff, Promisee.Customer(_customers[customer].Id), at + dueIn, what);
        var result = Commitment.CreateHandoff(draft, Owner(person), department, Owner(_people[receiver]), note, at);
        db.Commitments.Add(result.Commitment);
        await ApplyAsync(person, at, result.Effects);
    }

    private async Task RequestAsync(string requester, string owner, string what, DateTime at, TimeSpan dueIn)
    {
        var person = _people[requester];
        var result = Commitment.LogRequest(Guid.CreateVersion7(), Owner(_people[owner]), person.Id, at + dueIn, what, person.Id, at);
        db.Commitments.Add(result.Commitment);
        await ApplyAsync(person, at, result.Effects);
    }
}

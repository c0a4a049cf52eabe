using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Notifications;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// The steps every commitment use case shares: load, ask who is acting, write the domain's audit entries and
/// notifications into the same unit of work, save, then tell live views.
/// </summary>
public static class CommitmentWork
{
    /// <summary>The acting person's id, or an integration token's id (integrations act under their token).</summary>
    public static Guid ActorIdOf(ClaimsPrincipal user) =>
        Principals.PersonIdOf(user)
        ?? (Guid.TryParse(user.FindFirstValue(Principals.TokenIdClaim), out var token) ? token : Guid.Empty);

    /// <summary>The signed-in person; integrations and anonymous callers are refused.</summary>
    public static Guid RequirePerson(ClaimsPrincipal user) =>
        Principals.PersonIdOf(user) ?? throw new NotPermittedException("actorId", "Only a signed-in person can do this.");

    public static Task<Commitment?> FindAsync(BatonDb db, Guid id, CancellationToken ct) =>
        db.Commitments.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>Whether a person exists and is active; a missing person is refused naming the field.</summary>
    public static async Task<OwnerInfo> PersonAsync(BatonDb db, Guid? personId, string field, CancellationToken ct)
    {
        if (personId is not { } id || id == Guid.Empty)
        {
            throw new DomainException(field, "A person is required.");
        }
        var active = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => (bool?)p.Active).FirstOrDefaultAsync(ct);
        return active is null ? throw new DomainException(field, "There is no person with this id.") : new OwnerInfo(id, active.Value);
    }

    public static DateTime Instant(DateTime? value, string field) =>
        value is { } v ? Instants.Normalize(v) : throw new DomainException(field, "A time is required (ISO 8601, UTC).");

    /// <summary>Adds the audit events (subject commitment/{id}) and notifications to the unit of work; nothing is saved yet.</summary>
    public static Task RecordAsync(BatonDb db, ClaimsPrincipal user, DateTime now, CommitmentEffects effects, CancellationToken ct) =>
        RecordAsync(db, Actor.From(user), now, effects, ct);

    public static async Task RecordAsync(BatonDb db, Actor actor, DateTime now, CommitmentEffects effects, CancellationToken ct)
    {
        foreach (var entry in effects.Audit)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("commitment", entry.CommitmentId), entry.Type, entry.Before, entry.After, entry.Reason, ct);
        }
        foreach (var n in effects.Notifications)
        {
            db.Notifications.Add(new Notification(Guid.CreateVersion7(), n.PersonId, n.CommitmentId, n.Text, now));
        }
    }

    /// <summary>Records the effects, saves everything in one transaction, then publishes one live change per commitment.</summary>
    public static async Task SaveAsync(BatonDb db, LiveUpdates live, ClaimsPrincipal user, DateTime now, CommitmentEffects effects,
        IEnumerable<Commitment> changed, CancellationToken ct)
    {
        await RecordAsync(db, user, now, effects, ct);
        foreach (var c in changed)
        {
            await CommitmentTimers.RescheduleAsync(db, c, now, ct);
        }
        await db.SaveChangesAsync(ct);
        foreach (var c in changed)
        {
            live.Publish(new LiveChange("commitment", c.Id, AffectedPeople(c, effects)));
        }
    }

    /// <summary>Everyone whose Desk or Board may show the commitment: past and present owners, watchers, requester, promisee, and whoever was told.</summary>
    public static IReadOnlyCollection<Guid> AffectedPeople(Commitment c, CommitmentEffects effects)
    {
        var people = new HashSet<Guid>(c.Custody.Select(t => t.ToId)) { c.OwnerId };
        people.UnionWith(c.Watchers);
        people.UnionWith(effects.Notifications.Where(n => n.CommitmentId == c.Id).Select(n => n.PersonId));
        if (c.RequesterId is { } requester)
        {
            people.Add(requester);
        }
        if (c.Promisee.Kind == PromiseeKind.Person)
        {
            people.Add(c.Promisee.Id);
        }
        return people;
    }
}

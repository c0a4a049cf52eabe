using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Notifications;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Coaching;

/// <summary>What the coaching use cases share: loading a session, who may see it, who leads whom, and applying effects.</summary>
public static class CoachingWork
{
    /// <summary>Timer kind for the agent's acknowledgement deadline. Stored in the timers table: never rename.</summary>
    public const string AcknowledgementTimer = "coaching.acknowledgement";

    public const string LiveKind = "coaching";

    public static Task<CoachingSession?> FindAsync(BatonDb db, Guid id, CancellationToken ct) =>
        db.CoachingSessions.AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);

    /// <summary>
    /// The session if the person may see it: as its agent, coach, reviewer, or a lead of the agent (managers and admins lead
    /// everyone). Otherwise null, exactly as if it did not exist.
    /// </summary>
    public static async Task<CoachingSession?> FindVisibleAsync(BatonDb db, Guid personId, Guid id, CancellationToken ct)
    {
        var session = await FindAsync(db, id, ct);
        return session is not null && await MayReadAsync(db, personId, session, ct) ? session : null;
    }

    public static async Task<bool> MayReadAsync(BatonDb db, Guid personId, CoachingSession s, CancellationToken ct) =>
        personId == s.AgentId || personId == s.CoachId || personId == s.ReviewerId || personId == s.ReviewedById
        || await Leadership.IsLeadOfAsync(db, personId, s.AgentId, ct);

    /// <summary>
    /// The people a person leads, by the same rule as <see cref="Leadership.IsLeadOfAsync"/>: members of the teams they lead,
    /// and, for supervisors and department heads, of their department's teams. Null means everyone (managers and admins).
    /// </summary>
    public static async Task<HashSet<Guid>?> LedPeopleAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var me = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Active, p.Roles }).FirstOrDefaultAsync(ct);
        if (me is not { Active: true })
        {
            return [];
        }
        if (me.Roles.Contains(Role.Manager) || me.Roles.Contains(Role.Admin))
        {
            return null;
        }
        var teams = await db.Teams.AsNoTracking().Where(t => t.LeadId == personId).Select(t => t.Id).ToListAsync(ct);
        if (me.Roles.Contains(Role.Supervisor) || me.Roles.Contains(Role.DepartmentHead))
        {
            var departments = await db.Departments.AsNoTracking().Where(d => d.HeadId == personId).Select(d => d.Id).ToListAsync(ct);
            if (await Leadership.DepartmentOfAsync(db, personId, ct) is { } own)
            {
                departments.Add(own);
            }
            teams.AddRange(await db.Teams.AsNoTracking().Where(t => departments.Contains(t.DepartmentId)).Select(t => t.Id).ToListAsync(ct));
        }
        var led = await db.People.AsNoTracking().Where(p => p.TeamId != null && teams.Contains(p.TeamId.Value)).Select(p => p.Id).ToListAsync(ct);
        return [.. led.Where(id => id != personId)];
    }

    /// <summary>
    /// Whom a person answers to, never themselves: a team lead or agent answers to their team's lead, else to their
    /// department's head; a supervisor to their department's head; a department head (or anyone still without one) to the
    /// first active manager.
    /// </summary>
    public static async Task<Guid?> LeadOfAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var roles = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.Roles).FirstOrDefaultAsync(ct) ?? [];
        if (!roles.Contains(Role.Supervisor) && !roles.Contains(Role.DepartmentHead) && !roles.Contains(Role.Manager))
        {
            var teamLead = await (from p in db.People.AsNoTracking()
                                  join t in db.Teams on p.TeamId equals t.Id
                                  where p.Id == personId && t.LeadId != null && t.LeadId != personId
                                  select t.LeadId).FirstOrDefaultAsync(ct);
            if (teamLead is not null)
            {
                return teamLead;
            }
        }
        if (!roles.Contains(Role.DepartmentHead) && !roles.Contains(Role.Manager)
            && await Leadership.DepartmentOfAsync(db, personId, ct) is { } department
            && await db.Departments.AsNoTracking().Where(d => d.Id == department && d.HeadId != personId).Select(d => d.HeadId).FirstOrDefaultAsync(ct) is { } head)
        {
            return head;
        }
        var managers = await db.People.AsNoTracking().Where(p => p.Active && p.Id != personId)
            .OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.Roles }).ToListAsync(ct);
        return managers.FirstOrDefault(m => m.Roles.Contains(Role.Manager))?.Id;
    }

    /// <summary>Whether a person may review disputes (an active lead) and take any over (an active manager).</summary>
    public static async Task<ReviewerInfo> ReviewerAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Active, p.Roles }).FirstOrDefaultAsync(ct);
        var active = person is { Active: true };
        return new ReviewerInfo(personId, active && person!.Roles.Any(Roles.Leaders.Contains), active && person!.Roles.Contains(Role.Manager));
    }

    /// <summary>Adds the session's audit events and notifications to the unit of work and queues the live change; nothing is saved.</summary>
    public static async Task RecordAsync(BatonDb db, Actor actor, DateTime now, CoachingSession session, CoachingEffects effects, CancellationToken ct)
    {
        foreach (var entry in effects.Audit)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("coaching", session.Id), entry.Type, entry.Before, entry.After, entry.Reason, ct);
        }
        foreach (var n in effects.Notifications)
        {
            db.Notifications.Add(new Notification(Guid.CreateVersion7(), n.PersonId, null, n.Text, now));
        }
        db.PublishAfterCommit(new LiveChange(LiveKind, session.Id, People(session)));
    }

    public static IReadOnlyCollection<Guid> People(CoachingSession s)
    {
        var people = new HashSet<Guid> { s.CoachId, s.AgentId };
        if (s.ReviewerId is { } reviewer)
        {
            people.Add(reviewer);
        }
        return people;
    }

    /// <summary>Loads a session the signed-in person may see, lets the domain change it, records the effects and saves once.</summary>
    public static async Task<CoachingSessionView?> ChangeAsync(BatonDb db, ClaimsPrincipal user, TimeProvider time, Guid id,
        Func<CoachingSession, Guid, DateTime, Task<CoachingEffects>> change, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var session = await FindVisibleAsync(db, me, id, ct);
        if (session is null)
        {
            return null;
        }
        var effects = await change(session, me, now);
        await RecordAsync(db, Actor.From(user), now, session, effects, ct);
        if (!session.AwaitsAnswer)
        {
            await db.CancelAsync(session.Id, AcknowledgementTimer, now, ct);
        }
        await db.SaveChangesAsync(ct);
        return await CoachingViews.FullAsync(db, session, now, ct);
    }
}

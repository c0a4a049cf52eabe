using Baton.Core;
using Baton.Core.Feedback;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>Who answers feedback for a target, who may read a target's anonymous aggregate, and how targets are named.</summary>
public static class FeedbackReceivers
{
    /// <summary>Checks that the target exists (an active person, a department); refuses naming targetId otherwise.</summary>
    public static async Task RequireExistsAsync(BatonDb db, FeedbackTarget target, CancellationToken ct)
    {
        var exists = target.Kind switch
        {
            FeedbackTargetKind.Person => await db.People.AnyAsync(p => p.Id == target.Id && p.Active, ct),
            FeedbackTargetKind.Department => await db.Departments.AnyAsync(d => d.Id == target.Id, ct),
            FeedbackTargetKind.Leadership => true,
        };
        if (!exists)
        {
            throw new DomainException("targetId", target.Kind == FeedbackTargetKind.Person ? "There is no active person with this id." : "There is no department with this id.");
        }
    }

    /// <summary>
    /// The person who must respond: the person themselves; for a department its head (when active), else its on-duty lead; for
    /// the leadership the first active Manager by name. Refuses naming targetId when there is nobody.
    /// </summary>
    public static async Task<Guid> ReceiverAsync(BatonDb db, FeedbackTarget target, DateTime now, CancellationToken ct)
    {
        Guid? receiver = target.Kind switch
        {
            FeedbackTargetKind.Person => target.Id,
            FeedbackTargetKind.Department => await db.Departments.AsNoTracking()
                    .Where(d => d.Id == target.Id && d.HeadId != null && db.People.Any(p => p.Id == d.HeadId && p.Active))
                    .Select(d => d.HeadId).FirstOrDefaultAsync(ct)
                ?? await Leadership.OnDutyLeadAsync(db, target.Id!.Value, now, ct),
            FeedbackTargetKind.Leadership => (await db.People.AsNoTracking().Where(p => p.Active).OrderBy(p => p.DisplayName)
                .Select(p => new { p.Id, p.Roles }).ToListAsync(ct)).FirstOrDefault(p => p.Roles.Contains(Role.Manager))?.Id,
        };
        return receiver ?? throw new DomainException("targetId", target.Kind == FeedbackTargetKind.Department
            ? "This department has no head or lead to answer feedback."
            : "There is no manager to answer feedback to the leadership.");
    }

    /// <summary>
    /// Who may read a visible anonymous aggregate: its receiver; managers and admins; for a person, their leads; for a
    /// department, its head and the leads in it; for the leadership, every lead.
    /// </summary>
    public static async Task<bool> MayReadAggregateAsync(BatonDb db, Guid personId, AnonymousFeedbackGroup group, CancellationToken ct)
    {
        if (group.ReceiverId == personId)
        {
            return true;
        }
        var me = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Active, p.Roles }).FirstOrDefaultAsync(ct);
        if (me is not { Active: true })
        {
            return false;
        }
        if (me.Roles.Contains(Role.Manager) || me.Roles.Contains(Role.Admin))
        {
            return true;
        }
        var leads = me.Roles.Any(Roles.Leaders.Contains);
        return group.TargetKind switch
        {
            FeedbackTargetKind.Person => group.TargetId == personId || await Leadership.IsLeadOfAsync(db, personId, group.TargetId!.Value, ct),
            FeedbackTargetKind.Department => leads && await Leadership.BelongsToAsync(db, personId, group.TargetId!.Value, ct),
            FeedbackTargetKind.Leadership => leads,
        };
    }

    /// <summary>Display names of targets: people and departments by id, and "Leadership".</summary>
    public static async Task<Func<FeedbackTargetKind, Guid?, string>> NamesAsync(BatonDb db, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return (kind, id) => kind switch
        {
            FeedbackTargetKind.Person => people.GetValueOrDefault(id ?? Guid.Empty, "unknown"),
            FeedbackTargetKind.Department => departments.GetValueOrDefault(id ?? Guid.Empty, "unknown") + " department",
            FeedbackTargetKind.Leadership => "Leadership",
        };
    }
}

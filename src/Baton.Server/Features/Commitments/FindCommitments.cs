using Baton.Core.Commitments;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// GET /api/v1/commitments?owner=&amp;promisee=&amp;kind=&amp;status=&amp;dueBefore=&amp;department=&amp;open=&amp;skip=&amp;take=
/// (overdue first, then by due) and GET /api/v1/commitments/{id} (everything about one commitment).
/// </summary>
public static class FindCommitments
{
    public sealed record Filter(Guid? Owner = null, Guid? Promisee = null, CommitmentKind? Kind = null, CommitmentStatus? Status = null,
        DateTime? DueBefore = null, Guid? Department = null, bool? Open = null);

    public sealed record Page(IReadOnlyList<CommitmentSummary> Items, int Total, int Skip, int Take);

    public static async Task<Ok<Page>> List(Guid? owner, Guid? promisee, CommitmentKind? kind, CommitmentStatus? status, DateTime? dueBefore,
        Guid? department, bool? open, int? skip, int? take, BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await PageAsync(db, new Filter(owner, promisee, kind, status, dueBefore, department, open),
            skip ?? 0, take ?? 50, CommitmentViews.Now(time), ct));

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Get(Guid id, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var c = await db.Commitments.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(await CommitmentViews.FullAsync(db, c, CommitmentViews.Now(time), ct));
    }

    public static async Task<Page> PageAsync(BatonDb db, Filter filter, int skip, int take, DateTime now, CancellationToken ct)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 500);
        var query = await ApplyAsync(db, db.Commitments.AsNoTracking(), filter, now, ct);
        var total = await query.CountAsync(ct);
        var items = await CommitmentViews.OverdueFirst(query, now).Skip(skip).Take(take).AsSplitQuery().ToListAsync(ct);
        return new Page(await CommitmentViews.SummariesAsync(db, items, now, ct), total, skip, take);
    }

    /// <summary>
    /// The filters, shared by the list, the Desk and the Board. Department matches commitments owned by its people or handed to it;
    /// status Overdue also matches open commitments past their due time that no timer has marked yet.
    /// </summary>
    public static async Task<IQueryable<Commitment>> ApplyAsync(BatonDb db, IQueryable<Commitment> query, Filter filter, DateTime now, CancellationToken ct)
    {
        if (filter.Owner is { } owner)
        {
            query = query.Where(c => c.OwnerId == owner);
        }
        if (filter.Promisee is { } promisee)
        {
            query = query.Where(c => c.Promisee.Id == promisee);
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }
        if (filter.Status is { } status)
        {
            query = status == CommitmentStatus.Overdue
                ? query.Where(c => c.Status == CommitmentStatus.Overdue || (c.Status != CommitmentStatus.Closed && c.Due <= now))
                : query.Where(c => c.Status == status);
        }
        if (filter.DueBefore is { } dueBefore)
        {
            var before = Baton.Core.Instants.Normalize(dueBefore);
            query = query.Where(c => c.Due < before);
        }
        if (filter.Department is { } department)
        {
            var members = await MembersOfAsync(db, department, ct);
            query = query.Where(c => c.DepartmentId == department || members.Contains(c.OwnerId));
        }
        if (filter.Open is { } open)
        {
            query = open ? query.Where(c => c.Status != CommitmentStatus.Closed) : query.Where(c => c.Status == CommitmentStatus.Closed);
        }
        return query;
    }

    /// <summary>People in the department's teams and its head.</summary>
    public static async Task<List<Guid>> MembersOfAsync(BatonDb db, Guid departmentId, CancellationToken ct)
    {
        var teamIds = await db.Teams.AsNoTracking().Where(t => t.DepartmentId == departmentId).Select(t => t.Id).ToListAsync(ct);
        var headId = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.HeadId).FirstOrDefaultAsync(ct);
        return await db.People.AsNoTracking()
            .Where(p => (p.TeamId != null && teamIds.Contains(p.TeamId.Value)) || p.Id == headId)
            .Select(p => p.Id).ToListAsync(ct);
    }
}

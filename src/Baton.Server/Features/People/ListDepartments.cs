using System.Linq.Expressions;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/departments: every department with its head and how many teams it has.</summary>
public static class ListDepartments
{
    public sealed record DepartmentView(Guid Id, string Name, string TimeZone, Guid? HeadId, string? HeadName, int TeamCount);

    public static async Task<Ok<List<DepartmentView>>> Handle(BatonDb db, CancellationToken ct) => TypedResults.Ok(await QueryAsync(db, ct));

    public static Task<List<DepartmentView>> QueryAsync(BatonDb db, CancellationToken ct) => Views(db, _ => true).ToListAsync(ct);

    public static IQueryable<DepartmentView> Views(BatonDb db, Expression<Func<Department, bool>> filter) =>
        from d in db.Departments.AsNoTracking().Where(filter)
        join h in db.People on d.HeadId equals h.Id into heads
        from h in heads.DefaultIfEmpty()
        orderby d.Name
        select new DepartmentView(d.Id, d.Name, d.TimeZone, d.HeadId, h == null ? null : h.DisplayName,
            db.Teams.Count(t => t.DepartmentId == d.Id));
}

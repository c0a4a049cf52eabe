using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Cases;

/// <summary>
/// POST /api/v1/cases/{id}/migrate {toVersion}: moves a case in flight to a newer stored version of its workflow, when
/// the node the case stands at exists there with the same kind; otherwise 409 and the case stays where it is.
/// </summary>
public static class MigrateCase
{
    public sealed record Request(int? ToVersion);

    public static async Task<Results<Ok<CaseDetail>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = CaseViews.Now(time);
        var c = await CaseWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        await CaseWork.RequireOwnerOrLeadAsync(db, c, actorId, "migrate it", ct);
        var toVersion = request.ToVersion ?? throw new DomainException("toVersion", "Name the version to migrate to.");
        var target = await CaseWork.DefinitionAsync(db, c.WorkflowKey, toVersion, ct);
        var current = await CaseWork.DefinitionAsync(db, c.WorkflowKey, c.WorkflowVersion, ct);
        if (target.Nodes.FirstOrDefault(n => n.Id == c.CurrentNodeId) is { } there && there.Kind != current.Node(c.CurrentNodeId).Kind)
        {
            throw new ConflictException("toVersion", $"Node '{c.CurrentNodeId}' is a {there.Kind} in version {toVersion}, not a {current.Node(c.CurrentNodeId).Kind}.");
        }
        var before = CaseWork.Snapshot(c);
        c.MigrateTo(target, CaseStateJson.Read(c.StateJson), CaseStateJson.Write, actorId, now);
        await db.RecordAsync(Actor.From(user), now, CaseWork.SubjectOf(c.Id), AuditEventType.CaseMigrated, before, CaseWork.Snapshot(c), null, ct);
        db.PublishAfterCommit(new LiveChange("case", c.Id, [c.OwnerId]));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseViews.FullAsync(db, c, ct));
    }
}

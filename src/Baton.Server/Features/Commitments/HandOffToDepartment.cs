using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/handoff {departmentId, receiverId?, note}: the owner (or their lead) hands it to a
/// department: to the named active member, else to the department's on-duty lead. The sender keeps watching.
/// </summary>
public static class HandOffToDepartment
{
    public sealed record Request(Guid? DepartmentId, Guid? ReceiverId, string? Note);

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var departmentId = await PromiseCommitment.RequireDepartmentAsync(db, request.DepartmentId, ct);
        var receiver = await ChooseReceiverAsync(db, departmentId, request.ReceiverId, now, ct);
        var effects = c.HandOff(departmentId, receiver, actorId, request.Note, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }

    /// <summary>The named person must belong to the department; inactive, they give way to the on-duty lead.</summary>
    public static async Task<OwnerInfo> ChooseReceiverAsync(BatonDb db, Guid departmentId, Guid? receiverId, DateTime now, CancellationToken ct)
    {
        OwnerInfo? named = null;
        if (receiverId is { } rid)
        {
            var person = await CommitmentWork.PersonAsync(db, rid, "receiverId", ct);
            if (!await Leadership.BelongsToAsync(db, rid, departmentId, ct))
            {
                throw new DomainException("receiverId", "The named receiver is not a member of that department.");
            }
            named = person;
        }
        var lead = await Leadership.OnDutyLeadAsync(db, departmentId, now, ct);
        return Commitment.ChooseReceiver(named, lead is { } l ? new OwnerInfo(l, true) : null);
    }
}

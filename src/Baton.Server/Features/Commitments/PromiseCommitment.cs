using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments {kind, ownerId, promisee: {customerId | personId | teamId | departmentId}, due, what}
/// → 201 with the commitment. A Handoff also names departmentId (and optionally receiverId, note).
/// People promise for themselves (or, as a lead, for the people they lead); integrations may promise for any active owner.
/// </summary>
public static class PromiseCommitment
{
    public sealed record PromiseeRequest(Guid? CustomerId, Guid? PersonId, Guid? TeamId, Guid? DepartmentId);

    public sealed record Request(CommitmentKind? Kind, Guid? OwnerId, PromiseeRequest? Promisee, DateTime? Due, string? What,
        Guid? DepartmentId = null, Guid? ReceiverId = null, string? Note = null);

    public static async Task<Created<CommitmentView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var view = await ExecuteAsync(request, user, db, time, live, ct);
        return TypedResults.Created($"/api/v1/commitments/{view.Id}", view);
    }

    public static async Task<CommitmentView> ExecuteAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var actorId = CommitmentWork.ActorIdOf(user);
        var kind = request.Kind ?? throw new DomainException("kind", "Say what kind of commitment it is.");
        var person = Access.Principals.PersonIdOf(user);
        var ownerId = request.OwnerId ?? person;
        var owner = await CommitmentWork.PersonAsync(db, ownerId, "ownerId", ct);
        if (person is { } me && owner.Id != me && !await Leadership.IsLeadOfAsync(db, me, owner.Id, ct))
        {
            throw new NotPermittedException("ownerId", "You can promise for yourself or for the people you lead; log a request for what others promised you.");
        }
        var promisee = await PromiseeAsync(db, request.Promisee, ct);
        var draft = new CommitmentDraft(Guid.CreateVersion7(), kind, promisee, CommitmentWork.Instant(request.Due, "due"), request.What ?? "");

        CommitmentResult result;
        if (kind == CommitmentKind.Handoff)
        {
            var departmentId = await RequireDepartmentAsync(db, request.DepartmentId, ct);
            var receiver = await HandOffToDepartment.ChooseReceiverAsync(db, departmentId, request.ReceiverId, now, ct);
            result = Commitment.CreateHandoff(draft, owner, departmentId, receiver, request.Note, now);
        }
        else
        {
            result = Commitment.Create(draft, owner, actorId, now);
        }
        db.Commitments.Add(result.Commitment);
        await CommitmentWork.SaveAsync(db, live, user, now, result.Effects, [result.Commitment], ct);
        return await CommitmentViews.FullAsync(db, result.Commitment, now, ct);
    }

    /// <summary>Exactly one of the four ids, naming an entity that exists; otherwise 400 naming promisee.</summary>
    public static async Task<Promisee> PromiseeAsync(BatonDb db, PromiseeRequest? request, CancellationToken ct)
    {
        var given = new (Guid? Id, PromiseeKind Kind)[]
        {
            (request?.CustomerId, PromiseeKind.Customer), (request?.PersonId, PromiseeKind.Person),
            (request?.TeamId, PromiseeKind.Team), (request?.DepartmentId, PromiseeKind.Department),
        }.Where(g => g.Id is not null).ToList();
        if (given.Count != 1)
        {
            throw new DomainException("promisee", "Name exactly one promisee: customerId, personId, teamId or departmentId.");
        }
        var (id, kind) = (given[0].Id!.Value, given[0].Kind);
        var exists = kind switch
        {
            PromiseeKind.Customer => await db.Customers.AnyAsync(c => c.Id == id, ct),
            PromiseeKind.Person => await db.People.AnyAsync(p => p.Id == id, ct),
            PromiseeKind.Team => await db.Teams.AnyAsync(t => t.Id == id, ct),
            _ => await db.Departments.AnyAsync(d => d.Id == id, ct),
        };
        return exists ? new Promisee(kind, id) : throw new DomainException("promisee", $"There is no {kind.ToString().ToLowerInvariant()} with this id.");
    }

    public static async Task<Guid> RequireDepartmentAsync(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        departmentId is { } id && await db.Departments.AnyAsync(d => d.Id == id, ct)
            ? id
            : throw new DomainException("departmentId", departmentId is null ? "A hand-off names its receiving department." : "There is no department with this id.");
}

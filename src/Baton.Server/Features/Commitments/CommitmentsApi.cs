using System.Security.Claims;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

public static class CommitmentsApi
{
    public static IEndpointRouteBuilder MapCommitmentsApi(this IEndpointRouteBuilder app)
    {
        // People work the ledger; integrations (CRM, telephony) may create, read and pass on customers' messages.
        var group = app.MapGroup("/api/v1/commitments").WithTags("Commitments").RequireAuthorization(Policies.SignedIn);
        var open = app.MapGroup("/api/v1/commitments").WithTags("Commitments").RequireAuthorization(Policies.PersonOrIntegration);

        open.MapPost("/", PromiseCommitment.Handle).WithName("PromiseCommitment")
            .WithSummary("Make a commitment: kind, owner, promisee (customerId | personId | teamId | departmentId), due, what; a Handoff names departmentId");
        open.MapGet("/", FindCommitments.List).WithName("ListCommitments")
            .WithSummary("Commitments filtered by owner, promisee, kind, status, dueBefore, department and open; overdue first, then by due");
        group.MapGet("/mine", Mine).WithName("MyDesk")
            .WithSummary("The Desk: my open commitments (overdue first), what others owe me and what I watch");
        group.MapGet("/board", GetBoard).WithName("CommitmentBoard")
            .WithSummary("The Board: who owes what to whom, grouped by person, team or department, with overdue and due-soon counts");
        open.MapGet("/{id:guid}", FindCommitments.Get).WithName("GetCommitment")
            .WithSummary("One commitment with custody, attempts, timeline, watchers and its attempt policy's evaluation");
        group.MapPost("/requests", LogRequest.Handle).WithName("LogRequest")
            .WithSummary("Log what someone else promised you; it waits for their acknowledgement");
        group.MapPost("/{id:guid}/handoff", HandOffToDepartment.Handle).WithName("HandOffCommitment")
            .WithSummary("Hand it to a department: the named member or the department's on-duty lead must accept it");
        group.MapPost("/{id:guid}/accept", AcceptCommitment.Handle).WithName("AcceptCommitment")
            .WithSummary("Accept a hand-off or acknowledge a request; a member of the receiving department may take a waiting hand-off");
        group.MapPost("/{id:guid}/reject", RejectHandoff.Handle).WithName("RejectHandoff")
            .WithSummary("Reject a waiting hand-off with a reason; it returns to the sender");
        group.MapPost("/{id:guid}/transfer", TransferCommitment.Handle).WithName("TransferCommitment")
            .WithSummary("Pass it to another active person (owner or their lead only)");
        group.MapPost("/{id:guid}/attempts", RecordAttempt.Handle).WithName("RecordAttempt")
            .WithSummary("Record a try at keeping it: channel, result, note");
        group.MapPost("/{id:guid}/close", CloseCommitment.Handle).WithName("CloseCommitment")
            .WithSummary("Close it with an outcome (Kept, Broken with reason, Cancelled with reason and who agreed) or as unreachable");
        group.MapPost("/{id:guid}/renegotiate", RenegotiateCommitment.Handle).WithName("RenegotiateCommitment")
            .WithSummary("Agree a new due time with the promisee: this one closes, a linked one opens and is returned");
        group.MapPost("/{id:guid}/watchers", CommitmentWatchers.Add).WithName("AddWatcher").WithSummary("Keep someone informed");
        group.MapDelete("/{id:guid}/watchers/{personId:guid}", CommitmentWatchers.Remove).WithName("RemoveWatcher").WithSummary("Stop informing someone");
        group.MapPost("/{id:guid}/hold", HoldCommitment.Hold).WithName("HoldCommitment")
            .WithSummary("Put on hold while waiting on the customer: the SLA clock pauses");
        group.MapPost("/{id:guid}/resume", HoldCommitment.Resume).WithName("ResumeCommitment")
            .WithSummary("End the hold; the due time moves on by the time spent on hold");
        group.MapPost("/{id:guid}/comments", CommentOnCommitment.Handle).WithName("CommentOnCommitment").WithSummary("Add a note to the timeline");
        open.MapPost("/{id:guid}/customer-messages", RecordCustomerMessage.Handle).WithName("RecordCustomerMessage")
            .WithSummary("Record what the customer wrote or said; never changes the status");
        return app;
    }

    private static async Task<Ok<Desk>> Mine(ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await DeskQuery.LoadAsync(db, CommitmentWork.RequirePerson(user), CommitmentViews.Now(time), ct));

    private static async Task<Ok<Board>> GetBoard(string? groupBy, CommitmentKind? kind, Guid? department, CommitmentStatus? status, int? dueWithinHours,
        BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await BoardQuery.LoadAsync(db, new BoardFilter(BoardQuery.ParseGrouping(groupBy), kind, department, status, dueWithinHours),
            CommitmentViews.Now(time), ct));
}

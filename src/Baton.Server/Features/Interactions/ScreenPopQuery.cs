using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>A customer's open case, as the screen pop lists it.</summary>
public sealed record OpenCaseView(Guid Id, string Workflow, string CurrentNode, DateTime UpdatedAt);

/// <summary>The agent's live call, and what the customer is still owed: open commitments and open cases.</summary>
public sealed record ScreenPop(InteractionView Call, IReadOnlyList<CommitmentSummary> OpenCommitments, IReadOnlyList<OpenCaseView> OpenCases);

/// <summary>GET /api/v1/interactions/screen-pop: the signed-in agent's live call (ringing, connected or on hold), or 204 when there is none.</summary>
public static class ScreenPopQuery
{
    private static readonly CallStatus[] Live = [CallStatus.Ringing, CallStatus.Connected, CallStatus.OnHold];

    public static async Task<Results<Ok<ScreenPop>, NoContent>> Handle(ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var pop = await LoadAsync(db, me, Instants.FromTimeProvider(time), ct);
        return pop is null ? TypedResults.NoContent() : TypedResults.Ok(pop);
    }

    public static async Task<ScreenPop?> LoadAsync(BatonDb db, Guid agentId, DateTime now, CancellationToken ct)
    {
        var call = await db.Interactions.AsNoTracking().Where(i => i.AgentId == agentId && Live.Contains(i.Status))
            .OrderByDescending(i => i.UpdatedAt).FirstOrDefaultAsync(ct);
        if (call is null)
        {
            return null;
        }
        var view = (await InteractionView.ViewsAsync(db, [call], ct))[0];
        if (call.CustomerId is not { } customerId)
        {
            return new ScreenPop(view, [], []);
        }
        var open = await CommitmentViews.OverdueFirst(db.Commitments.AsNoTracking()
                .Where(c => c.Status != CommitmentStatus.Closed && c.Promisee.Kind == PromiseeKind.Customer && c.Promisee.Id == customerId), now)
            .AsSplitQuery().Take(50).ToListAsync(ct);
        var names = await NameBook.LoadAsync(db, open, ct);
        var cases = (await db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId && c.ClosedAt == null)
                .OrderByDescending(c => c.UpdatedAt).Take(20).Select(c => new { c.Id, c.WorkflowKey, c.CurrentNodeId, c.UpdatedAt }).ToListAsync(ct))
            .Select(c => new OpenCaseView(c.Id, c.WorkflowKey, c.CurrentNodeId, c.UpdatedAt)).ToList();
        return new ScreenPop(view, open.Select(c => CommitmentViews.Summary(c, names, now)).ToList(), cases);
    }
}

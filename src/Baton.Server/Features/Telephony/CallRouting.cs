using Baton.Core.Routing;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Routing;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// Keeps a call's routing in step with its state, staged on the webhook's DbContext: a waiting call is queued for the
/// queue's department (and offered to its longest-idle available person), a call the PBX connected or that ended leaves
/// the queue, and a call that was routed to someone frees their capacity when it ends.
/// </summary>
public static class CallRouting
{
    public static async Task FollowAsync(BatonDb db, Interaction interaction, CallQueue queue, Actor actor, DateTime now, CancellationToken ct)
    {
        switch (interaction.Status)
        {
            case CallStatus.Queued or CallStatus.Ringing:
                await RoutingQueue.EnqueueAsync(db, WorkItemKind.InboundCall, interaction.Id, queue.Name, interaction.QueuedAt, actor,
                    departmentId: queue.DepartmentId, ct: ct);
                break;
            case CallStatus.Connected or CallStatus.OnHold:
                await RoutingQueue.WithdrawAsync(db, interaction.Id, now, actor, "The call was answered.", ct);
                break;
            case CallStatus.Completed or CallStatus.Dropped or CallStatus.Abandoned or CallStatus.Failed:
                if (!await RoutingQueue.WithdrawAsync(db, interaction.Id, now, actor, $"The call ended ({interaction.Status}).", ct))
                {
                    await RoutingQueue.FinishAsync(db, interaction.Id, now, actor, ct);
                }
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(interaction), interaction.Status, "Unknown call status.");
        }
    }
}

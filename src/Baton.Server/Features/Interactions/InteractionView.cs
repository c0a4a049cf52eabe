using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Telephony;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>An interaction as the API and pages show it, with the customer's and agent's names.</summary>
public sealed record InteractionView(
    Guid Id, string CallId, string Caller, string? CallerNumber, string Queue, Guid? CustomerId, string? CustomerName, Guid? CaseId,
    Guid? AgentId, string? AgentName, string? AgentUserName, CallStatus Status, DateTime QueuedAt, DateTime? AnsweredAt, DateTime? EndedAt,
    double? WaitSeconds, double? TalkSeconds, double HoldSeconds, string? HungUpBy, int? FailureCode, string? MenuOption,
    IReadOnlyList<string> TransferredTo, string? Notes, Guid? CallbackId, string? CallbackGap, int EventCount,
    string? Topic, bool? Resolved, DateTime? WrappedUpAt, double? HandleSeconds)
{
    public static async Task<List<InteractionView>> ViewsAsync(BatonDb db, IReadOnlyList<Interaction> rows, CancellationToken ct)
    {
        var customerIds = rows.Select(i => i.CustomerId).OfType<Guid>().Distinct().ToList();
        var agentIds = rows.Select(i => i.AgentId).OfType<Guid>().Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var agents = await db.People.AsNoTracking().Where(p => agentIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return rows.Select(i => new InteractionView(i.Id, i.CallId, i.Caller, i.CallerNumber, i.QueueName, i.CustomerId,
            i.CustomerId is { } c ? customers.GetValueOrDefault(c) : null, i.CaseId, i.AgentId, i.AgentId is { } a ? agents.GetValueOrDefault(a) : null,
            i.AgentUserName, i.Status, i.QueuedAt, i.AnsweredAt, i.EndedAt, i.WaitSeconds, i.TalkSeconds, i.HoldSeconds, i.HungUpBy,
            i.FailureCode, i.MenuOption, i.TransferredTo, i.Notes, i.CallbackId, i.CallbackGap, i.EventCount,
            i.Topic, i.Resolved, i.WrappedUpAt, i.HandleSeconds)).ToList();
    }
}

/// <summary>One received call event, for an interaction's detail.</summary>
public sealed record CallEventView(string DeliveryId, string Event, DateTime At, DateTime ReceivedAt, string? Agent, string? By, int? Code, string? TargetQueue)
{
    public static CallEventView Of(CallEventRecord e) => new(e.DeliveryId, e.Kind.WireName(), e.At, e.ReceivedAt, e.Agent, e.By, e.Code, e.TargetQueue);
}

/// <summary>An interaction with its events in PBX-time order.</summary>
public sealed record InteractionDetail(InteractionView Interaction, IReadOnlyList<CallEventView> Events, string? Transcript);

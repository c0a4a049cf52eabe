using Baton.Core.Commitments;
using Baton.Core.Workflows;

namespace Baton.Core.Cases;

/// <summary>
/// A customer's issue running one workflow instance, with exactly one accountable owner. The workflow's own state
/// (answers, fields, wait) lives in <see cref="StateJson"/>; status, current node and visits are copied out of it so
/// they can be queried. Cases in flight stay on their workflow version until migrated explicitly.
/// </summary>
public sealed class Case
{
    public const int MaxNoteLength = 2000;

    private Case() { }

    public Guid Id { get; private set; }
    public Guid CustomerId { get; private set; }
    public string WorkflowKey { get; private set; } = "";
    public int WorkflowVersion { get; private set; }
    public Guid OwnerId { get; private set; }
    public WorkflowStatus Status { get; private set; }
    public string CurrentNodeId { get; private set; } = "";
    public string? EndOutcome { get; private set; }
    public DateTime? WaitUntil { get; private set; }
    public string? WaitEvent { get; private set; }
    /// <summary>The serialised <see cref="WorkflowState"/>.</summary>
    public string StateJson { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>Optimistic concurrency: two agents (or an agent and a timer) moving one case at once.</summary>
    public int Version { get; private set; }

    public List<CaseCustodyTransfer> Custody { get; private set; } = [];
    public List<CaseTimelineEntry> Timeline { get; private set; } = [];
    public List<CaseNodeVisit> Visits { get; private set; } = [];

    public bool IsClosed => Status == WorkflowStatus.Completed;

    public static Case Open(Guid id, Guid customerId, OwnerInfo owner, Guid actorId, WorkflowState state, string stateJson, DateTime now)
    {
        now = Instants.Normalize(now);
        if (id == Guid.Empty || customerId == Guid.Empty)
        {
            throw new DomainException(id == Guid.Empty ? "id" : "customerId", "An id is required.");
        }
        if (!owner.Active)
        {
            throw new DomainException("ownerId", "The owner must be an active person.");
        }
        var c = new Case
        {
            Id = id,
            CustomerId = customerId,
            WorkflowKey = state.WorkflowKey,
            WorkflowVersion = state.WorkflowVersion,
            OwnerId = owner.Id,
            CreatedAt = now,
            CreatedById = actorId,
        };
        c.Custody.Add(new CaseCustodyTransfer(1, null, owner.Id, CaseCustodyReason.Assigned, actorId, now, null));
        c.AddTimeline(now, actorId, CaseTimelineKind.Started, state.CurrentNodeId, $"Started {state.WorkflowKey} v{state.WorkflowVersion}");
        c.Apply(state, stateJson, now);
        return c;
    }

    /// <summary>Copies the runner's new state onto the case: status, node, wait, visits; closes the case at an End.</summary>
    public void Apply(WorkflowState state, string stateJson, DateTime now)
    {
        now = Instants.Normalize(now);
        if (state.WorkflowKey != WorkflowKey)
        {
            throw new DomainException("workflow", $"The case runs {WorkflowKey}, not {state.WorkflowKey}.");
        }
        WorkflowVersion = state.WorkflowVersion;
        Status = state.Status;
        CurrentNodeId = state.CurrentNodeId;
        EndOutcome = state.EndOutcome;
        WaitUntil = state.WaitUntil;
        WaitEvent = state.WaitEvent;
        StateJson = stateJson;
        for (var i = 0; i < state.Visits.Count; i++)
        {
            var v = state.Visits[i];
            if (i < Visits.Count)
            {
                if (Visits[i].LeftAt != v.LeftAt || Visits[i].Outcome != v.Outcome)
                {
                    Visits[i].Leave(v.LeftAt, v.Outcome);
                }
            }
            else
            {
                Visits.Add(new CaseNodeVisit(i + 1, WorkflowKey, WorkflowVersion, v.NodeId, v.EnteredAt, v.LeftAt, v.Outcome));
            }
        }
        if (Status == WorkflowStatus.Completed && ClosedAt is null)
        {
            ClosedAt = now;
        }
        Touch(now);
    }

    /// <summary>The owner or their lead passes the case to another active person.</summary>
    public void Transfer(OwnerInfo to, CaseCustodyReason reason, Guid actorId, bool actorIsLeadOfOwner, string? note, DateTime now)
    {
        now = Instants.Normalize(now);
        if (IsClosed)
        {
            throw new ConflictException("status", "The case is completed; it no longer changes hands.");
        }
        if (actorId != OwnerId && !actorIsLeadOfOwner)
        {
            throw new NotPermittedException("actorId", "Only the case's owner or their lead can transfer it.");
        }
        if (reason == CaseCustodyReason.Assigned)
        {
            throw new DomainException("reason", "A transfer is a Reassignment, a ShiftHandover or an Escalation.");
        }
        if (!to.Active)
        {
            throw new DomainException("toId", "The new owner must be an active person.");
        }
        if (to.Id == OwnerId)
        {
            throw new DomainException("toId", "The case already belongs to that person.");
        }
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > MaxNoteLength })
        {
            throw new DomainException("note", $"A note holds at most {MaxNoteLength} characters.");
        }
        Custody.Add(new CaseCustodyTransfer(Custody.Count + 1, OwnerId, to.Id, reason, actorId, now, note));
        OwnerId = to.Id;
        AddTimeline(now, actorId, CaseTimelineKind.Transferred, null, note is null ? $"Transferred ({reason})" : $"Transferred ({reason}): {note}");
        Touch(now);
    }

    /// <summary>Moves the case to another version of its workflow; the current node must exist there with the same kind.</summary>
    public void MigrateTo(WorkflowDefinition target, WorkflowState current, Func<WorkflowState, string> serialize, Guid actorId, DateTime now)
    {
        if (IsClosed)
        {
            throw new ConflictException("status", "The case is completed; it stays on the version it ran.");
        }
        if (target.Key != WorkflowKey)
        {
            throw new DomainException("toVersion", $"The case runs {WorkflowKey}, not {target.Key}.");
        }
        if (target.Version <= WorkflowVersion)
        {
            throw new ConflictException("toVersion", $"The case already runs v{WorkflowVersion}; migrate only to a newer version.");
        }
        if (target.Nodes.FirstOrDefault(n => n.Id == CurrentNodeId) is not { } node)
        {
            throw new ConflictException("toVersion", $"Version {target.Version} of '{WorkflowKey}' has no node '{CurrentNodeId}', where the case stands.");
        }
        var from = WorkflowVersion;
        var migrated = current with { WorkflowVersion = target.Version };
        Apply(migrated, serialize(migrated), now);
        AddTimeline(now, actorId, CaseTimelineKind.Migrated, node.Id, $"Migrated from v{from} to v{target.Version} at {node.Id}");
    }

    public CaseTimelineEntry AddTimeline(DateTime at, Guid? actorId, CaseTimelineKind kind, string? nodeId, string text, string? data = null,
        Guid? commitmentId = null)
    {
        var entry = new CaseTimelineEntry(Timeline.Count + 1, Instants.Normalize(at), actorId, kind, nodeId, text, data, commitmentId);
        Timeline.Add(entry);
        return entry;
    }

    public void Comment(Guid actorId, string text, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaxNoteLength)
        {
            throw new DomainException("text", $"A comment holds 1 to {MaxNoteLength} characters.");
        }
        AddTimeline(now, actorId, CaseTimelineKind.Comment, CurrentNodeId, text.Trim());
        Touch(now);
    }

    private void Touch(DateTime now)
    {
        UpdatedAt = Instants.Normalize(now);
        Version++;
    }
}

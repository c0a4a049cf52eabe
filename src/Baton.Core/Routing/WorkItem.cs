namespace Baton.Core.Routing;

/// <summary>Where a piece of routed work stands. The numbers are stored.</summary>
public enum WorkItemStatus
{
    /// <summary>Waiting for a person (possibly with an open offer).</summary>
    Queued = 1,
    /// <summary>A person accepted it and is working it; it counts against their capacity.</summary>
    Assigned = 2,
    /// <summary>The assigned person finished it (the call ended, the commitment closed or moved on).</summary>
    Finished = 3,
    /// <summary>It left the queue without being routed: taken directly, the caller hung up, the commitment closed.</summary>
    Withdrawn = 4,
}

/// <summary>
/// One piece of work in a routing queue: a call, a hand-off, a due callback or a case, named by <see cref="ReferenceId"/>.
/// It moves Queued → Assigned → Finished, or Queued → Withdrawn; nothing else.
/// </summary>
public sealed class WorkItem
{
    public const int MaxQueueLength = RoutingRule.MaxQueueLength;

    private WorkItem() { }

    public Guid Id { get; private set; }
    public WorkItemKind Kind { get; private set; }
    /// <summary>The call, commitment or case the work is about.</summary>
    public Guid ReferenceId { get; private set; }
    public string Queue { get; private set; } = "";
    public Guid? DepartmentId { get; private set; }
    public List<string> RequiredSkills { get; private set; } = [];
    /// <summary>Overrides the rule's priority when set.</summary>
    public int? Priority { get; private set; }
    public DateTime EnqueuedAt { get; private set; }
    /// <summary>People who may never be offered it (the sender of a hand-off, the owner it is taken from).</summary>
    public List<Guid> Excluded { get; private set; } = [];
    public bool Overflowed { get; private set; }
    public WorkItemStatus Status { get; private set; }
    public Guid? AssigneeId { get; private set; }
    public DateTime? AssignedAt { get; private set; }
    /// <summary>When it was finished or withdrawn.</summary>
    public DateTime? ClosedAt { get; private set; }
    public int Version { get; private set; }

    public static WorkItem Enqueue(Guid id, WorkItemKind kind, Guid referenceId, string queue, Guid? departmentId, IEnumerable<string>? requiredSkills,
        int? priority, DateTime enqueuedAt, IEnumerable<Guid>? excluded = null)
    {
        if (id == Guid.Empty || referenceId == Guid.Empty)
        {
            throw new DomainException(id == Guid.Empty ? "id" : "referenceId", "An id is required.");
        }
        if (!Enum.IsDefined(kind))
        {
            throw new DomainException("kind", "Unknown kind of work: InboundCall, Handoff, Callback or Case.");
        }
        queue = (queue ?? "").Trim();
        if (queue.Length is 0 or > MaxQueueLength)
        {
            throw new DomainException("queue", $"Name the queue (1 to {MaxQueueLength} characters).");
        }
        if (priority is < 0 or > RoutingRule.MaxPriority)
        {
            throw new DomainException("priority", $"The priority lies between 0 and {RoutingRule.MaxPriority}.");
        }
        var skills = RoutingSkills.Require(requiredSkills, "requiredSkills");
        return new WorkItem
        {
            Id = id,
            Kind = kind,
            ReferenceId = referenceId,
            Queue = queue,
            DepartmentId = departmentId == Guid.Empty ? null : departmentId,
            RequiredSkills = [.. skills],
            Priority = priority,
            EnqueuedAt = Instants.RequireUtc(enqueuedAt, "enqueuedAt"),
            Excluded = [.. (excluded ?? []).Distinct()],
            Status = WorkItemStatus.Queued,
            Version = 1,
        };
    }

    public bool IsQueued => Status == WorkItemStatus.Queued;

    /// <summary>The router's view of it; <paramref name="declined"/> are those who declined it or let an offer lapse.</summary>
    public QueuedItem ToQueued(IEnumerable<Guid> declined) =>
        new(Id, Kind, Queue, DepartmentId, RequiredSkills, Priority, EnqueuedAt, Overflowed, [.. Excluded.Concat(declined).Distinct()]);

    /// <summary>Marks a change made on its behalf (an offer made, answered or lapsed) so concurrent changes collide.</summary>
    public void Touch() => Version++;

    public void OverflowTo(Guid departmentId, string queue)
    {
        RequireQueued("overflow");
        var name = (queue ?? "").Trim();
        if (name.Length is 0 or > MaxQueueLength)
        {
            throw new DomainException("queue", $"Name the queue (1 to {MaxQueueLength} characters).");
        }
        Queue = name;
        DepartmentId = departmentId;
        Overflowed = true;
        Touch();
    }

    public void Assign(Guid personId, DateTime now)
    {
        RequireQueued("be assigned");
        Status = WorkItemStatus.Assigned;
        AssigneeId = personId;
        AssignedAt = Instants.Normalize(now);
        Touch();
    }

    public void Withdraw(DateTime now)
    {
        RequireQueued("be withdrawn");
        Status = WorkItemStatus.Withdrawn;
        ClosedAt = Instants.Normalize(now);
        Touch();
    }

    public void Finish(DateTime now)
    {
        if (Status != WorkItemStatus.Assigned)
        {
            throw new ConflictException("status", "Only assigned work can be finished.");
        }
        Status = WorkItemStatus.Finished;
        ClosedAt = Instants.Normalize(now);
        Touch();
    }

    private void RequireQueued(string doing)
    {
        if (Status != WorkItemStatus.Queued)
        {
            throw new ConflictException("status", $"This work is no longer queued ({Status}); it cannot {doing}.");
        }
    }
}

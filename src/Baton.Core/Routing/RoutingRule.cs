namespace Baton.Core.Routing;

/// <summary>
/// How one queue is served: who may take its work (a department's members, with the required skills), in what order
/// against other queues (priority), how long an offer waits for an answer, and where the work overflows when it has
/// waited too long. Work reaches a rule by its queue name, or failing that by its department.
/// </summary>
public sealed class RoutingRule
{
    public const int MaxQueueLength = 100;
    public const int MinOfferTimeoutSeconds = 5;
    public const int MaxOfferTimeoutSeconds = 600;
    public const int DefaultOfferTimeoutSeconds = 30;
    public const int MaxPriority = 100;
    public const int MaxOverflowAfterSeconds = 86_400;
    public const int MaxCapacity = 50;

    /// <summary>Serves work that no rule names: anyone with the work's own skills, priority 0, 30-second offers, no overflow.</summary>
    public static readonly RoutingRule Default = new() { Queue = "", OfferTimeoutSeconds = DefaultOfferTimeoutSeconds };

    private RoutingRule() { }

    public Guid Id { get; private set; }
    /// <summary>The queue's name ("sales-inbound", "Finance"), unique, compared without regard to case.</summary>
    public string Queue { get; private set; } = "";
    /// <summary>Whose members serve the queue; null means anyone with the skills.</summary>
    public Guid? DepartmentId { get; private set; }
    public List<string> RequiredSkills { get; private set; } = [];
    /// <summary>Higher first; within one priority the oldest work goes first.</summary>
    public int Priority { get; private set; }
    public int OfferTimeoutSeconds { get; private set; }
    /// <summary>Where work goes after <see cref="OverflowAfterSeconds"/> in the queue without being taken.</summary>
    public Guid? OverflowDepartmentId { get; private set; }
    public int? OverflowAfterSeconds { get; private set; }
    /// <summary>How many items of this queue's kind one person holds at once, unless their own profile says otherwise.</summary>
    public int? DefaultCapacity { get; private set; }
    public int Version { get; private set; }

    public TimeSpan OfferTimeout => TimeSpan.FromSeconds(OfferTimeoutSeconds);

    public TimeSpan? OverflowAfter => OverflowAfterSeconds is { } s ? TimeSpan.FromSeconds(s) : null;

    public static RoutingRule Create(Guid id, RoutingRuleDraft draft)
    {
        if (id == Guid.Empty)
        {
            throw new DomainException("id", "An id is required.");
        }
        var rule = new RoutingRule { Id = id };
        rule.Change(draft);
        return rule;
    }

    /// <summary>Validates every field before changing any.</summary>
    public void Change(RoutingRuleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var queue = (draft.Queue ?? "").Trim();
        if (queue.Length is 0 or > MaxQueueLength)
        {
            throw new DomainException("queue", $"Name the queue (1 to {MaxQueueLength} characters).");
        }
        if (draft.DepartmentId == Guid.Empty)
        {
            throw new DomainException("departmentId", "Name a department, or leave it empty for anyone with the skills.");
        }
        var skills = RoutingSkills.Require(draft.RequiredSkills, "requiredSkills");
        var priority = draft.Priority ?? 0;
        if (priority is < 0 or > MaxPriority)
        {
            throw new DomainException("priority", $"The priority lies between 0 and {MaxPriority} (higher goes first).");
        }
        var timeout = draft.OfferTimeoutSeconds ?? DefaultOfferTimeoutSeconds;
        if (timeout is < MinOfferTimeoutSeconds or > MaxOfferTimeoutSeconds)
        {
            throw new DomainException("offerTimeoutSeconds", $"An offer waits between {MinOfferTimeoutSeconds} and {MaxOfferTimeoutSeconds} seconds.");
        }
        RequireOverflow(draft);
        if (draft.DefaultCapacity is < 1 or > MaxCapacity)
        {
            throw new DomainException("defaultCapacity", $"A capacity lies between 1 and {MaxCapacity}.");
        }

        Queue = queue;
        DepartmentId = draft.DepartmentId;
        RequiredSkills = [.. skills];
        Priority = priority;
        OfferTimeoutSeconds = timeout;
        OverflowDepartmentId = draft.OverflowDepartmentId;
        OverflowAfterSeconds = draft.OverflowAfterSeconds;
        DefaultCapacity = draft.DefaultCapacity;
        Version++;
    }

    private static void RequireOverflow(RoutingRuleDraft draft)
    {
        switch (draft.OverflowDepartmentId, draft.OverflowAfterSeconds)
        {
            case (null, null):
                return;
            case (null, _):
                throw new DomainException("overflowDepartmentId", "Say which department takes the work when it overflows.");
            case (_, null):
                throw new DomainException("overflowAfterSeconds", "Say after how many seconds in the queue the work overflows.");
            case ({ } to, { } after):
                if (to == Guid.Empty)
                {
                    throw new DomainException("overflowDepartmentId", "Say which department takes the work when it overflows.");
                }
                if (to == draft.DepartmentId)
                {
                    throw new DomainException("overflowDepartmentId", "Work overflows to another department than the queue's own.");
                }
                if (after is < 1 or > MaxOverflowAfterSeconds)
                {
                    throw new DomainException("overflowAfterSeconds", $"Overflow after 1 to {MaxOverflowAfterSeconds} seconds in the queue.");
                }
                return;
        }
    }
}

/// <summary>The fields of a rule as given by a manager; validated by <see cref="RoutingRule.Change"/>.</summary>
public sealed record RoutingRuleDraft(
    string? Queue,
    Guid? DepartmentId = null,
    IReadOnlyList<string>? RequiredSkills = null,
    int? Priority = null,
    int? OfferTimeoutSeconds = null,
    Guid? OverflowDepartmentId = null,
    int? OverflowAfterSeconds = null,
    int? DefaultCapacity = null);

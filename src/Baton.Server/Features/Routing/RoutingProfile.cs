using Baton.Core.Routing;

namespace Baton.Server.Features.Routing;

/// <summary>A person's own routing limits; without a row, the queue's default capacity (or the built-in one) applies.</summary>
public sealed class RoutingProfile
{
    private RoutingProfile() { }

    public RoutingProfile(Guid personId) => PersonId = personId;

    public Guid PersonId { get; private set; }
    public int? TotalCapacity { get; private set; }
    public int? CallCapacity { get; private set; }
    public int? HandoffCapacity { get; private set; }
    public int? CallbackCapacity { get; private set; }
    public int? CaseCapacity { get; private set; }
    /// <summary>When the person last took or finished routed work; idle time counts from then (or from their last presence change, if later).</summary>
    public DateTime? LastWorkAt { get; private set; }

    public PersonCapacity Capacity => new(TotalCapacity, CallCapacity, HandoffCapacity, CallbackCapacity, CaseCapacity);

    public void NoteWork(DateTime now) => LastWorkAt = LastWorkAt is { } last && last > now ? last : now;

    public void Change(PersonCapacity capacity) =>
        (TotalCapacity, CallCapacity, HandoffCapacity, CallbackCapacity, CaseCapacity) =
        (capacity.Total, capacity.Calls, capacity.Handoffs, capacity.Callbacks, capacity.Cases);
}

namespace Baton.Core.Routing;

/// <summary>What a routed piece of work is. The numbers are stored.</summary>
public enum WorkItemKind
{
    /// <summary>A customer's call waiting in a queue (the telephony integration enqueues it).</summary>
    InboundCall = 1,
    /// <summary>A commitment handed to a department and waiting for someone there to accept it.</summary>
    Handoff = 2,
    /// <summary>A callback that is due while nobody available owns it.</summary>
    Callback = 3,
    /// <summary>A case whose owner can no longer work it.</summary>
    Case = 4,
}

namespace Baton.Core.Telephony;

/// <summary>
/// One call-state change as the PBX saw it. <see cref="At"/> is the PBX's own timestamp: events are reconciled in
/// that order, whatever order they arrive in.
/// </summary>
/// <param name="Kind">What happened.</param>
/// <param name="At">The PBX's timestamp of the change.</param>
/// <param name="Agent">The agent's user name, when the PBX knows who took (or now has) the call.</param>
/// <param name="By">Who hung up (a number or a side), as the PBX says it.</param>
/// <param name="Code">The SIP status of a failed call (e.g. 486 Busy Here).</param>
/// <param name="TargetQueue">The queue a transferred call went to.</param>
/// <param name="MenuOption">The caller's IVR menu choice that brought the call to its queue.</param>
/// <param name="Notes">Free notes the PBX or agent attached.</param>
/// <param name="Transcript">A transcript of the call, when the PBX has one.</param>
public sealed record CallEvent(
    CallEventKind Kind,
    DateTime At,
    string? Agent = null,
    string? By = null,
    int? Code = null,
    string? TargetQueue = null,
    string? MenuOption = null,
    string? Notes = null,
    string? Transcript = null);

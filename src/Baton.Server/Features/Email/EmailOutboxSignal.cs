namespace Baton.Server.Features.Email;

/// <summary>Wakes the sender as soon as a message is queued or retried, instead of at its next poll.</summary>
public sealed class EmailOutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Wake"/>; take it before looking for work, so no wake-up is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Wake() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

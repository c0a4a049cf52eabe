namespace Baton.Server.Features.Timers;

/// <summary>Wakes the dispatcher early when a timer is scheduled on this node (it may be due sooner than the current sleep).</summary>
public sealed class TimerSignal
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Nudge()
    {
        lock (_gate)
        {
            _wake.TrySetResult();
        }
    }

    /// <summary>Called before the dispatcher looks for the next due instant, so no nudge after that look is lost.</summary>
    public Task Arm()
    {
        lock (_gate)
        {
            if (_wake.Task.IsCompleted)
            {
                _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            return _wake.Task;
        }
    }
}

namespace Baton.Server.Features.Timers;

/// <summary>
/// Work a timer handler wants done only once its changes are committed (telling live views, waking senders).
/// Scoped: the dispatcher runs the actions of its scope after the transaction commits, and drops them on rollback.
/// </summary>
public sealed class AfterCommit
{
    private readonly List<Action> _actions = [];

    public void Add(Action action) => _actions.Add(action);

    internal void Run()
    {
        foreach (var action in _actions)
        {
            action();
        }
        _actions.Clear();
    }
}

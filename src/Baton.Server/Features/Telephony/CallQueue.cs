using Baton.Core.Telephony;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// A PBX queue as Baton knows it: the name the PBX sends, the department that answers it (whose on-duty lead owns the
/// callbacks of calls nobody answered), and the IVR menu choices that lead callers here, each meant for a department.
/// </summary>
public sealed class CallQueue
{
    private CallQueue() { }

    public CallQueue(Guid id, string name, Guid departmentId, IReadOnlyList<IvrMenuOption> menu, DateTime now)
    {
        Id = id;
        Name = IvrMenu.RequireQueueName(name);
        CreatedAt = now;
        Change(departmentId, menu, now);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Guid DepartmentId { get; private set; }
    public List<IvrMenuOption> Menu { get; private set; } = [];
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public void Change(Guid departmentId, IReadOnlyList<IvrMenuOption> menu, DateTime now)
    {
        DepartmentId = departmentId;
        Menu = [.. IvrMenu.Validate(menu)];
        UpdatedAt = now;
    }
}

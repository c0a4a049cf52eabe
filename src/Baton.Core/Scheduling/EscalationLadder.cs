using Baton.Core.Commitments;

namespace Baton.Core.Scheduling;

/// <summary>Whom an overdue item escalates to at a step.</summary>
public enum EscalationTarget
{
    TeamLead = 1,
    DepartmentHead = 2,
    Manager = 3,
}

/// <summary>One rung: this long after due (business time when the ladder says so), escalate to the target.</summary>
public sealed record EscalationStep(TimeSpan After, EscalationTarget Target);

/// <summary>
/// An escalation ladder for a kind of commitment (optionally for one department): e.g. overdue 30 min → team lead,
/// 2 h → department head. Each step creates an Escalation commitment owned by the person escalated to.
/// The ladder stops as soon as the item is acted on (closed, or an attempt recorded after it fell due).
/// </summary>
public sealed record EscalationLadder(CommitmentKind? Kind, Guid? DepartmentId, IReadOnlyList<EscalationStep> Steps, bool BusinessTimeOnly)
{
    public static readonly EscalationLadder Default = new(null, null,
        [new EscalationStep(TimeSpan.FromMinutes(30), EscalationTarget.TeamLead), new EscalationStep(TimeSpan.FromHours(2), EscalationTarget.DepartmentHead)],
        BusinessTimeOnly: false);

    /// <summary>The most specific ladder: kind and department, then kind, then department, then the default.</summary>
    public static EscalationLadder For(IEnumerable<EscalationLadder> ladders, CommitmentKind kind, Guid? departmentId)
    {
        var list = ladders.ToList();
        return list.FirstOrDefault(l => l.Kind == kind && l.DepartmentId == departmentId && departmentId is not null)
               ?? list.FirstOrDefault(l => l.Kind == kind && l.DepartmentId is null)
               ?? list.FirstOrDefault(l => l.Kind is null && l.DepartmentId == departmentId && departmentId is not null)
               ?? list.FirstOrDefault(l => l.Kind is null && l.DepartmentId is null)
               ?? Default;
    }

    /// <summary>When step <paramref name="index"/> falls due for an item that became overdue at <paramref name="due"/>.</summary>
    public DateTime StepDueAt(int index, DateTime due, BusinessCalendar calendar) =>
        BusinessTimeOnly ? calendar.AddBusinessTime(due, Steps[index].After) : Instants.Normalize(due + Steps[index].After);

    /// <summary>Whether the ladder still applies: it stops once the item is closed or someone acted after it fell due.</summary>
    public static bool StillApplies(Commitment commitment) =>
        !commitment.IsClosed && !commitment.Attempts.Any(a => a.At >= commitment.Due);
}

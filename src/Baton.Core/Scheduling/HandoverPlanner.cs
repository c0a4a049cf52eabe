namespace Baton.Core.Scheduling;

/// <summary>A colleague who could take over items: their skills, whether they are on shift until the item is due, and their load.</summary>
public sealed record HandoverCandidate(Guid PersonId, IReadOnlyCollection<string> Skills, int OpenItems, bool IsTeamLead, Func<DateTime, bool> OnShiftUntil);

/// <summary>An item the leaving person owns.</summary>
public sealed record HandoverItem(Guid CommitmentId, DateTime Due, string? RequiredSkill);

public abstract record HandoverDecision(Guid CommitmentId);

/// <summary>Pass the item to this colleague (custody reason ShiftHandover), with an automatic note.</summary>
public sealed record PassTo(Guid CommitmentId, Guid ReceiverId, string Note) : HandoverDecision(CommitmentId);

/// <summary>Nobody eligible is on shift before the due time: flag the item orphan risk and tell the team lead.</summary>
public sealed record OrphanRisk(Guid CommitmentId, string Reason) : HandoverDecision(CommitmentId);

/// <summary>
/// The team's handover rule, as a pure function: each item goes to an on-shift colleague with the needed skill who has
/// the fewest open items (counting what this handover already gave them); failing that, the team lead if on shift;
/// failing that, it is an orphan risk.
/// </summary>
public static class HandoverPlanner
{
    public static IReadOnlyList<HandoverDecision> Plan(string leavingPersonName, DateTime shiftEnd, IEnumerable<HandoverItem> items,
        IEnumerable<HandoverCandidate> candidates)
    {
        var pool = candidates.ToList();
        var load = pool.ToDictionary(c => c.PersonId, c => c.OpenItems);
        var decisions = new List<HandoverDecision>();
        foreach (var item in items.OrderBy(i => i.Due))
        {
            var onShift = pool.Where(c => c.OnShiftUntil(item.Due)).ToList();
            var skilled = onShift
                .Where(c => item.RequiredSkill is null || c.Skills.Contains(item.RequiredSkill, StringComparer.OrdinalIgnoreCase))
                .OrderBy(c => load[c.PersonId]).ThenBy(c => c.IsTeamLead).ThenBy(c => c.PersonId)
                .FirstOrDefault();
            var receiver = skilled ?? onShift.FirstOrDefault(c => c.IsTeamLead);
            if (receiver is null)
            {
                decisions.Add(new OrphanRisk(item.CommitmentId,
                    $"{leavingPersonName}'s shift ends at {Instants.Display(shiftEnd)} and nobody eligible is on shift before it is due."));
                continue;
            }
            load[receiver.PersonId]++;
            var why = skilled is null ? "as team lead (nobody with the skill is on shift)" : "on shift with the needed skill and the fewest open items";
            decisions.Add(new PassTo(item.CommitmentId, receiver.PersonId,
                $"Shift handover: {leavingPersonName}'s shift ends at {Instants.Display(shiftEnd)}; passed {why}. Please acknowledge."));
        }
        return decisions;
    }
}

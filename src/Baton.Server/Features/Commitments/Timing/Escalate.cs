using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>An escalation is itself a commitment, owned by the person escalated to: they must respond.</summary>
internal static class Escalate
{
    public static readonly TimeSpan ResponseTime = TimeSpan.FromHours(1);

    public static async Task<Commitment?> ToAsync(BatonDb db, TimerWork work, Commitment original, Guid targetId, string why, DateTime now, CancellationToken ct)
    {
        var target = await CommitmentWork.PersonAsync(db, targetId, "escalatedTo", ct);
        if (!target.Active || target.Id == original.OwnerId)
        {
            return null;
        }
        var ownerName = await People.NameOfAsync(db, original.OwnerId, ct);
        // The escalation answers to whoever the original promise was made to, unless that is the target themself.
        var promisee = original.Promisee.Kind == PromiseeKind.Person && original.Promisee.Id == target.Id
            ? Promisee.Person(original.OwnerId)
            : original.Promisee with { };
        var what = $"{why} — {original.Kind} owned by {ownerName}, due {Instants.Display(original.Due)}: {original.What}";
        if (what.Length > CommitmentRules.MaxWhatLength)
        {
            what = what[..(CommitmentRules.MaxWhatLength - 1)] + "…";
        }
        var created = Commitment.Create(new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.Escalation, promisee, now + ResponseTime, what),
            target, target.Id, now);
        db.Commitments.Add(created.Commitment);
        var noted = original.RecordEscalation(target.Id, created.Commitment.Id, $"Escalated to {await People.NameOfAsync(db, target.Id, ct)}: {why}", now);
        await work.ApplyAsync(db, now, created.Effects.Then(noted), [created.Commitment, original], ct);
        await CommitmentTimers.RescheduleAsync(db, created.Commitment, now, ct);
        return created.Commitment;
    }
}

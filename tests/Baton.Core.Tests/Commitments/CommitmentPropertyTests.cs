using Baton.Core.Commitments;
using CsCheck;

namespace Baton.Core.Tests.Commitments;

/// <summary>Random sequences of operations over a small pool of people: the invariants hold after every step.</summary>
public sealed class CommitmentPropertyTests
{
    [Fact]
    public void Invariants_hold_after_every_step_of_any_sequence() =>
        ModelStep.Sequence.Sample(CommitmentModel.Run, iter: 1500);

    [Fact]
    public void Customer_messages_never_change_status_or_outcome_in_any_reachable_state() =>
        ModelStep.Sequence.Sample(steps =>
        {
            var model = new CommitmentModel();
            foreach (var step in steps)
            {
                model.Apply(step);
            }
            foreach (var c in model.Commitments)
            {
                var (status, outcome, owner, due) = (c.Status, c.Outcome, c.OwnerId, c.Due);
                c.RecordCustomerMessage("Thanks, no need to call me back", null, c.CreatedAt.AddDays(30));
                Assert.Equal((status, outcome, owner, due), (c.Status, c.Outcome, c.OwnerId, c.Due));
            }
        }, iter: 300);

    [Fact]
    public void The_model_reaches_the_interesting_states()
    {
        // Guards against a generator that only ever produces refusals.
        var seen = new HashSet<string>();
        ModelStep.Sequence.Sample(steps =>
        {
            var model = new CommitmentModel();
            foreach (var step in steps)
            {
                model.Apply(step);
            }
            lock (seen)
            {
                if (model.Refusals > 0)
                {
                    seen.Add("refused");
                }
                foreach (var c in model.Commitments)
                {
                    seen.Add(c.Status.ToString());
                    seen.Add($"outcome:{c.Outcome}");
                    if (c.ClosedUnreachable)
                    {
                        seen.Add($"unreachable:{c.Kind == CommitmentKind.Callback}");
                    }
                    if (c.Custody.Any(t => t.Reason == CustodyReason.Returned))
                    {
                        seen.Add("returned");
                    }
                    if (c.Custody.Any(t => t.Reason == CustodyReason.ShiftHandover))
                    {
                        seen.Add("shiftHandover");
                    }
                    if (c.IsOrphanRisk)
                    {
                        seen.Add("orphanRisk");
                    }
                    if (c.RenegotiatedFromId is not null)
                    {
                        seen.Add("renegotiated");
                    }
                }
            }
        }, iter: 2000);

        foreach (var expected in new[]
        {
            "Open", "Accepted", "InProgress", "Overdue", "Closed",
            "outcome:Kept", "outcome:Broken", "outcome:Cancelled", "outcome:Renegotiated",
            "unreachable:True", "unreachable:False", "returned", "renegotiated", "refused", "shiftHandover", "orphanRisk",
        })
        {
            Assert.True(seen.Contains(expected), $"No generated sequence reached {expected}.");
        }
    }
}

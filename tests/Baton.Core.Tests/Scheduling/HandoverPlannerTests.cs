using Baton.Core.Scheduling;

namespace Baton.Core.Tests.Scheduling;

public sealed class HandoverPlannerTests
{
    private static readonly DateTime ShiftEnd = new(2026, 3, 2, 14, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Ana = Guid.NewGuid(), Ben = Guid.NewGuid(), Lead = Guid.NewGuid();

    private static HandoverCandidate Candidate(Guid id, string[] skills, int open, bool lead = false, DateTime? until = null) =>
        new(id, skills, open, lead, due => due <= (until ?? DateTime.MaxValue));

    [Fact]
    public void Items_go_to_the_on_shift_colleague_with_the_skill_and_the_fewest_open_items()
    {
        var items = new[] { new HandoverItem(Guid.NewGuid(), ShiftEnd.AddHours(1), "billing"), new HandoverItem(Guid.NewGuid(), ShiftEnd.AddHours(2), "billing") };
        var plan = HandoverPlanner.Plan("Alex", ShiftEnd, items, [Candidate(Ana, ["billing"], 3), Candidate(Ben, ["billing"], 2), Candidate(Lead, ["billing"], 0, lead: true, until: ShiftEnd)]);
        var passes = plan.Cast<PassTo>().ToList();
        // Ben has fewer items, so he takes the first; the lead goes off shift and takes nothing.
        Assert.Equal(Ben, passes[0].ReceiverId);
        Assert.Contains("Shift handover", passes[0].Note, StringComparison.Ordinal);
        Assert.All(passes, p => Assert.NotEqual(Lead, p.ReceiverId));
    }

    [Fact]
    public void Without_the_skill_on_shift_the_team_lead_takes_it()
    {
        var item = new HandoverItem(Guid.NewGuid(), ShiftEnd.AddHours(1), "firmware");
        var plan = HandoverPlanner.Plan("Alex", ShiftEnd, [item], [Candidate(Ana, ["billing"], 0), Candidate(Lead, [], 5, lead: true)]);
        Assert.Equal(Lead, Assert.IsType<PassTo>(Assert.Single(plan)).ReceiverId);
    }

    [Fact]
    public void Nobody_on_shift_before_due_is_an_orphan_risk()
    {
        var item = new HandoverItem(Guid.NewGuid(), ShiftEnd.AddHours(3), null);
        var plan = HandoverPlanner.Plan("Alex", ShiftEnd, [item], [Candidate(Ana, [], 0, until: ShiftEnd.AddHours(1))]);
        var risk = Assert.IsType<OrphanRisk>(Assert.Single(plan));
        Assert.Equal(item.CommitmentId, risk.CommitmentId);
        Assert.Contains("nobody eligible", risk.Reason, StringComparison.Ordinal);
    }
}

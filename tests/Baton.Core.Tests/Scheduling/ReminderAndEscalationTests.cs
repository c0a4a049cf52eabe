using Baton.Core.Commitments;
using Baton.Core.Scheduling;

namespace Baton.Core.Tests.Scheduling;

public sealed class ReminderAndEscalationTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Default_reminders_fall_at_half_three_quarters_and_fifteen_minutes_before_due()
    {
        var reminders = ReminderPolicy.Default.RemindersBetween(T0, T0.AddHours(4), T0);
        Assert.Equal([T0.AddHours(2), T0.AddHours(3), T0.AddHours(4).AddMinutes(-15)], reminders);
    }

    [Fact]
    public void Reminders_already_past_or_colliding_are_dropped()
    {
        // Due in 20 minutes: 50 % (10 min) and 75 % (15 min) remain, and the 15-minute lead falls at 5 min.
        var reminders = ReminderPolicy.Default.RemindersBetween(T0, T0.AddMinutes(20), T0.AddMinutes(6));
        Assert.Equal([T0.AddMinutes(10), T0.AddMinutes(15)], reminders);
    }

    [Fact]
    public void A_reminder_outside_the_recipients_hours_moves_to_their_next_working_instant_or_is_dropped()
    {
        DateTime? ShiftStartsAtNoon(DateTime at) => at < T0.AddHours(3) ? T0.AddHours(3) : at;
        Assert.Equal(T0.AddHours(3), ReminderPolicy.WithinRecipientHours(T0.AddHours(1), T0.AddHours(5), ShiftStartsAtNoon));
        Assert.Null(ReminderPolicy.WithinRecipientHours(T0.AddHours(1), T0.AddHours(2), ShiftStartsAtNoon));
        Assert.Null(ReminderPolicy.WithinRecipientHours(T0.AddHours(1), T0.AddHours(5), _ => null));
    }

    [Fact]
    public void The_most_specific_ladder_wins()
    {
        var finance = Guid.NewGuid();
        var handoffInFinance = new EscalationLadder(CommitmentKind.Handoff, finance, [new EscalationStep(TimeSpan.FromMinutes(30), EscalationTarget.DepartmentHead)], true);
        var callbacks = new EscalationLadder(CommitmentKind.Callback, null, [new EscalationStep(TimeSpan.FromMinutes(10), EscalationTarget.TeamLead)], false);
        var ladders = new[] { callbacks, handoffInFinance };
        Assert.Same(handoffInFinance, EscalationLadder.For(ladders, CommitmentKind.Handoff, finance));
        Assert.Same(callbacks, EscalationLadder.For(ladders, CommitmentKind.Callback, finance));
        Assert.Same(EscalationLadder.Default, EscalationLadder.For(ladders, CommitmentKind.FollowUp, null));
    }

    [Fact]
    public void Ladder_steps_can_count_business_time_only()
    {
        var office = BusinessCalendar.OfficeHours("UTC");
        var friday1630 = new DateTime(2026, 3, 6, 16, 30, 0, DateTimeKind.Utc);
        var business = new EscalationLadder(null, null, [new EscalationStep(TimeSpan.FromHours(1), EscalationTarget.TeamLead)], true);
        var wallClock = business with { BusinessTimeOnly = false };
        Assert.Equal(new DateTime(2026, 3, 9, 9, 30, 0, DateTimeKind.Utc), business.StepDueAt(0, friday1630, office));
        Assert.Equal(friday1630.AddHours(1), wallClock.StepDueAt(0, friday1630, office));
    }
}

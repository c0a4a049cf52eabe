using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class AttemptPolicyTests
{
    // Monday 10 March 2025, 09:00 UTC.
    private static readonly DateTime Nine = new(2025, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private static Attempt Call(int sequence, DateTime at, AttemptResult result = AttemptResult.NoAnswer) =>
        new(sequence, AttemptChannel.Phone, result, at, Alice, null);

    private static Attempt Written(int sequence, DateTime at, AttemptChannel channel = AttemptChannel.Sms) =>
        new(sequence, channel, AttemptResult.Sent, at, Alice, null);

    [Fact]
    public void Callbacks_get_the_strict_default()
    {
        var policy = AttemptPolicy.For(CommitmentKind.Callback);

        Assert.Equal(new AttemptPolicy(3, TimeSpan.FromHours(2), true, true, false, AttemptChannel.Phone), policy);
    }

    [Theory]
    [InlineData(CommitmentKind.FollowUp)]
    [InlineData(CommitmentKind.Handoff)]
    [InlineData(CommitmentKind.Escalation)]
    [InlineData(CommitmentKind.Approval)]
    [InlineData(CommitmentKind.ActionItem)]
    [InlineData(CommitmentKind.Request)]
    public void Other_kinds_are_lenient(CommitmentKind kind)
    {
        var policy = AttemptPolicy.For(kind);

        Assert.Equal((1, TimeSpan.Zero, false, false, false), (policy.MinAttempts, policy.MinSpacing, policy.RequireDifferentPartsOfDay, policy.RequireSecondChannelAfterLast, policy.RequiresLeadSignOff));
    }

    [Fact]
    public void No_attempts_yet()
    {
        var result = AttemptPolicy.Callback.Evaluate([]);

        Assert.False(result.IsSatisfied);
        Assert.Equal(["0 of 3 phone attempts made"], result.Unmet);
    }

    [Fact]
    public void Too_few_calls_and_no_written_notice()
    {
        var result = AttemptPolicy.Callback.Evaluate([Call(1, Nine), Call(2, Nine.AddHours(4))]);

        Assert.Equal(["2 of 3 phone attempts made", "no email or SMS after the last call"], result.Unmet);
        Assert.Equal(2, result.AttemptsCounted);
    }

    [Fact]
    public void Calls_too_close_together()
    {
        var result = AttemptPolicy.Callback.Evaluate([
            Call(1, Nine), Call(2, Nine.AddMinutes(30)), Call(3, Nine.AddHours(4)), Written(4, Nine.AddHours(4).AddMinutes(1))]);

        Assert.Equal(["attempts must be at least 2 hours apart"], result.Unmet);
    }

    [Fact]
    public void Spacing_counts_the_longest_well_spaced_run()
    {
        // 09:00, 09:30, 11:00, 13:00: 09:00, 11:00 and 13:00 are two hours apart each.
        var result = AttemptPolicy.Callback.Evaluate([
            Call(1, Nine), Call(2, Nine.AddMinutes(30)), Call(3, Nine.AddHours(2)), Call(4, Nine.AddHours(4)), Written(5, Nine.AddHours(4))]);

        Assert.True(result.IsSatisfied, string.Join("; ", result.Unmet));
    }

    [Fact]
    public void All_calls_in_one_part_of_the_day()
    {
        var six = Nine.AddHours(-3);
        var result = AttemptPolicy.Callback.Evaluate([Call(1, six), Call(2, six.AddHours(2)), Call(3, six.AddHours(4)), Written(4, six.AddHours(5))]);

        Assert.Equal(["all attempts were in the morning"], result.Unmet);
    }

    [Fact]
    public void The_written_notice_must_follow_the_last_call()
    {
        var result = AttemptPolicy.Callback.Evaluate([
            Call(1, Nine), Written(2, Nine.AddMinutes(1), AttemptChannel.Email), Call(3, Nine.AddHours(3)), Call(4, Nine.AddHours(6))]);

        Assert.Equal(["no email or SMS after the last call"], result.Unmet);
    }

    [Fact]
    public void Three_spread_calls_then_an_email_satisfy_the_callback_policy()
    {
        var result = AttemptPolicy.Callback.Evaluate([
            Call(1, Nine), Call(2, Nine.AddHours(3)), Call(3, Nine.AddHours(9)), Written(4, Nine.AddHours(9).AddMinutes(2), AttemptChannel.Email)]);

        Assert.True(result.IsSatisfied);
        Assert.Empty(result.Unmet);
        Assert.Equal(3, result.AttemptsCounted);
    }

    [Fact]
    public void A_call_that_reached_the_customer_is_not_a_failed_attempt()
    {
        var result = AttemptPolicy.Callback.Evaluate([
            Call(1, Nine, AttemptResult.Reached), Call(2, Nine.AddHours(3)), Call(3, Nine.AddHours(9)), Written(4, Nine.AddHours(10))]);

        Assert.Equal(["2 of 3 phone attempts made"], result.Unmet);
    }

    [Fact]
    public void Parts_of_the_day_are_read_in_the_given_time_zone()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // 09:00, 11:00 and 13:00 UTC are 10:00, 12:00 and 14:00 in Berlin: morning and afternoon.
        // 06:00, 08:00, 10:00 UTC are 07:00, 09:00, 11:00 in Berlin: all morning.
        Attempt[] spread = [Call(1, Nine), Call(2, Nine.AddHours(2)), Call(3, Nine.AddHours(4)), Written(4, Nine.AddHours(4))];
        Attempt[] mornings = [Call(1, Nine.AddHours(-3)), Call(2, Nine.AddHours(-1)), Call(3, Nine.AddHours(1)), Written(4, Nine.AddHours(1))];

        Assert.True(AttemptPolicy.Callback.Evaluate(spread, berlin).IsSatisfied);
        Assert.Equal(["all attempts were in the morning"], AttemptPolicy.Callback.Evaluate(mornings, berlin).Unmet);
    }

    [Fact]
    public void Lenient_policy_needs_one_failed_try_of_any_channel()
    {
        Assert.Equal(["0 of 1 attempts made"], AttemptPolicy.Lenient.Evaluate([]).Unmet);
        Assert.True(AttemptPolicy.Lenient.Evaluate([Written(1, Nine, AttemptChannel.Email)]).IsSatisfied);
    }

    [Theory]
    [InlineData(11, 59, PartOfDay.Morning)]
    [InlineData(12, 0, PartOfDay.Afternoon)]
    [InlineData(16, 59, PartOfDay.Afternoon)]
    [InlineData(17, 0, PartOfDay.Evening)]
    [InlineData(0, 0, PartOfDay.Morning)]
    public void Parts_of_the_day_have_fixed_boundaries(int hour, int minute, PartOfDay expected)
    {
        Assert.Equal(expected, PartsOfDay.Of(new DateTime(2025, 3, 10, hour, minute, 0, DateTimeKind.Utc), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_next_part_after_the_evening_starts_at_eight_the_next_morning()
    {
        var evening = new DateTime(2025, 3, 10, 19, 30, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2025, 3, 11, 8, 0, 0, DateTimeKind.Utc), PartsOfDay.NextPartStart(evening, TimeZoneInfo.Utc));
        Assert.Equal(new DateTime(2025, 3, 10, 12, 0, 0, DateTimeKind.Utc), PartsOfDay.NextPartStart(Nine, TimeZoneInfo.Utc));
        Assert.Equal(new DateTime(2025, 3, 10, 17, 0, 0, DateTimeKind.Utc), PartsOfDay.NextPartStart(Nine.AddHours(4), TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_next_part_is_computed_locally_across_a_daylight_saving_change()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
        // Saturday 29 March 2025, 20:00 Berlin (CET, 19:00 UTC); clocks go forward that night, so 08:00 CEST is 06:00 UTC.
        var saturdayEvening = new DateTime(2025, 3, 29, 19, 0, 0, DateTimeKind.Utc);

        Assert.Equal(new DateTime(2025, 3, 30, 6, 0, 0, DateTimeKind.Utc), PartsOfDay.NextPartStart(saturdayEvening, berlin));
    }

    [Fact]
    public void Next_attempt_is_now_when_nothing_was_tried()
    {
        Assert.Equal(Nine, AttemptPolicy.Callback.NextAttemptAt([], Nine));
    }

    [Fact]
    public void Next_attempt_waits_for_the_spacing()
    {
        Assert.Equal(Nine.AddHours(2), AttemptPolicy.Callback.NextAttemptAt([Call(1, Nine)], Nine.AddMinutes(10)));
        Assert.Equal(Nine.AddHours(5), AttemptPolicy.Callback.NextAttemptAt([Call(1, Nine)], Nine.AddHours(5)));
    }

    [Fact]
    public void The_last_needed_call_moves_to_a_part_of_the_day_not_yet_tried()
    {
        // 07:00 and 09:00 were both morning; 11:00 would be too, so the third call is suggested at noon.
        var seven = Nine.AddHours(-2);

        Assert.Equal(Nine.AddHours(3), AttemptPolicy.Callback.NextAttemptAt([Call(1, seven), Call(2, Nine)], Nine.AddMinutes(5)));
    }

    [Fact]
    public void Only_the_written_notice_missing_means_send_it_now()
    {
        Attempt[] calls = [Call(1, Nine), Call(2, Nine.AddHours(3)), Call(3, Nine.AddHours(6))];

        Assert.Equal(Nine.AddHours(6).AddMinutes(1), AttemptPolicy.Callback.NextAttemptAt(calls, Nine.AddHours(6).AddMinutes(1)));
    }

    [Fact]
    public void No_next_attempt_once_satisfied()
    {
        Attempt[] done = [Call(1, Nine), Call(2, Nine.AddHours(3)), Call(3, Nine.AddHours(6)), Written(4, Nine.AddHours(6))];

        Assert.Null(AttemptPolicy.Callback.NextAttemptAt(done, Nine.AddHours(7)));
    }

    [Fact]
    public void Following_the_suggestions_always_satisfies_the_callback_policy()
    {
        // Whatever the starting hour, recording each attempt at the suggested time ends in a satisfied policy.
        for (var hour = 0; hour < 24; hour++)
        {
            var now = Nine.Date.AddHours(hour);
            var attempts = new List<Attempt>();
            var steps = 0;
            while (AttemptPolicy.Callback.NextAttemptAt(attempts, now) is { } next)
            {
                var needsCall = AttemptPolicy.Callback.Evaluate(attempts).Unmet.Any(u => !u.StartsWith("no email", StringComparison.Ordinal));
                attempts.Add(needsCall ? Call(attempts.Count + 1, next) : Written(attempts.Count + 1, next));
                now = next;
                Assert.True(++steps <= 5, $"Starting at {hour}:00 the suggestions did not converge.");
            }
            Assert.True(AttemptPolicy.Callback.Evaluate(attempts).IsSatisfied);
        }
    }
}

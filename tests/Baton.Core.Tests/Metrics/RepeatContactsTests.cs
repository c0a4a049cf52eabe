using Baton.Core.Metrics;

namespace Baton.Core.Tests.Metrics;

public sealed class RepeatContactsTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_contact_gets_the_gap_to_the_first_later_contact_about_the_same_or_an_unnamed_issue_within_the_horizon()
    {
        var refund = new Contact(Guid.NewGuid(), T0, "refund");
        var delivery = new Contact(Guid.NewGuid(), T0.AddHours(1), "delivery");
        var unnamed = new Contact(Guid.NewGuid(), T0.AddDays(2), null);
        var refundAgain = new Contact(Guid.NewGuid(), T0.AddDays(40), "refund");

        var gaps = RepeatContacts.FirstRepeatGaps([refundAgain, unnamed, delivery, refund], TimeSpan.FromDays(30));

        Assert.Equal(TimeSpan.FromDays(2), gaps[refund.Id]);
        Assert.Equal(TimeSpan.FromDays(2) - TimeSpan.FromHours(1), gaps[delivery.Id]);
        // Thirty-eight days later is past the horizon; the last contact has nothing after it.
        Assert.False(gaps.ContainsKey(unnamed.Id));
        Assert.False(gaps.ContainsKey(refundAgain.Id));
    }

    [Fact]
    public void A_contact_about_another_issue_or_at_the_same_instant_is_not_a_repeat()
    {
        var first = new Contact(Guid.NewGuid(), T0, "refund");
        Assert.False(RepeatContacts.Repeats(new Contact(Guid.NewGuid(), T0.AddMinutes(5), "delivery"), first));
        Assert.False(RepeatContacts.Repeats(new Contact(Guid.NewGuid(), T0, null), first));
        Assert.True(RepeatContacts.Repeats(new Contact(Guid.NewGuid(), T0.AddMinutes(5), null), first));
        Assert.True(RepeatContacts.Repeats(new Contact(Guid.NewGuid(), T0.AddMinutes(5), "refund"), first));
    }
}

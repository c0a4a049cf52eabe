using Baton.Core.Feedback;

namespace Baton.Core.Tests.Feedback;

public sealed class FeedbackEntryTests
{
    private static readonly Guid Alice = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid Lena = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static FeedbackEntry Give(Guid receiver, FeedbackItemKind? kind = null, Guid? item = null) =>
        FeedbackEntry.Give(Guid.NewGuid(), Alice, FeedbackTarget.Person(receiver), receiver, FeedbackTheme.Support, "Thanks for covering my queue",
            kind, item, Guid.NewGuid(), Now);

    [Fact]
    public void The_receiver_owes_a_response_within_three_days()
    {
        var entry = Give(Lena, FeedbackItemKind.Commitment, Guid.NewGuid());

        Assert.Equal(Now.AddDays(3), entry.RespondBy);
        Assert.Equal(FeedbackItemKind.Commitment, entry.ItemKind);
    }

    [Fact]
    public void Feedback_goes_to_someone_else_and_names_a_whole_item_or_none()
    {
        Assert.Equal("targetId", Assert.Throws<DomainException>(() => Give(Alice)).Field);
        Assert.Equal("itemKind", Assert.Throws<DomainException>(() => Give(Lena, null, Guid.NewGuid())).Field);
        Assert.Equal("itemId", Assert.Throws<DomainException>(() => Give(Lena, FeedbackItemKind.Case, null)).Field);
        Assert.Equal("theme", Assert.Throws<DomainException>(() => FeedbackEntry.Give(Guid.NewGuid(), Alice, FeedbackTarget.Person(Lena), Lena, null, "x",
            null, null, Guid.NewGuid(), Now)).Field);
        Assert.Equal("text", Assert.Throws<DomainException>(() => FeedbackEntry.Give(Guid.NewGuid(), Alice, FeedbackTarget.Person(Lena), Lena,
            FeedbackTheme.Other, " ", null, null, Guid.NewGuid(), Now)).Field);
    }

    [Fact]
    public void Only_the_receiver_responds_once_and_the_giver_is_told()
    {
        var entry = Give(Lena);

        Assert.Throws<NotPermittedException>(() => entry.Respond(Alice, "Me?", Now.AddHours(1)));
        Assert.Null(entry.Response);
        var told = entry.Respond(Lena, "Glad to help", Now.AddHours(1));

        Assert.Equal(Alice, told.PersonId);
        Assert.Equal(("Glad to help", Now.AddHours(1)), (entry.Response!, entry.RespondedAt!.Value));
        Assert.Throws<ConflictException>(() => entry.Respond(Lena, "Again", Now.AddHours(2)));
    }

    [Fact]
    public void Targets_name_an_id_exactly_when_they_are_a_person_or_a_department()
    {
        Assert.Equal(FeedbackTarget.Leadership, FeedbackTarget.Require(FeedbackTargetKind.Leadership, null));
        Assert.Equal("targetId", Assert.Throws<DomainException>(() => FeedbackTarget.Require(FeedbackTargetKind.Leadership, Lena)).Field);
        Assert.Equal("targetId", Assert.Throws<DomainException>(() => FeedbackTarget.Require(FeedbackTargetKind.Department, null)).Field);
        Assert.Equal("targetKind", Assert.Throws<DomainException>(() => FeedbackTarget.Require(null, Lena)).Field);
    }

    [Fact]
    public void Anonymous_feedback_keeps_only_the_month_and_names_no_item()
    {
        var anonymous = AnonymousFeedback.Give(Guid.NewGuid(), FeedbackTarget.Person(Lena), "key", FeedbackTheme.Process, "Too many meetings",
            new DateTime(2026, 3, 31, 23, 59, 0, DateTimeKind.Utc));

        Assert.Equal(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), anonymous.PeriodStart);
        Assert.Equal("itemId", Assert.Throws<DomainException>(() => FeedbackRules.RequireItem(FeedbackItemKind.Case, Guid.NewGuid(), anonymous: true)).Field);
    }

    [Fact]
    public void A_group_opens_only_at_the_threshold()
    {
        var two = new AnonymousAggregate(FeedbackTarget.Person(Lena), FeedbackRules.PeriodOf(Now), 2, 2, [], ["a", "b"]);
        var three = two with { Givers = 3, Items = 3 };

        Assert.Throws<ConflictException>(() => AnonymousFeedbackGroup.Open(Guid.NewGuid(), two, Lena, null, Now));
        var group = AnonymousFeedbackGroup.Open(Guid.NewGuid(), three, Lena, Guid.NewGuid(), Now);
        Assert.Throws<NotPermittedException>(() => group.Respond(Alice, "x", Now));
        group.Respond(Lena, "We moved the meeting", Now.AddHours(1));
        Assert.Equal("We moved the meeting", group.Response);
    }
}

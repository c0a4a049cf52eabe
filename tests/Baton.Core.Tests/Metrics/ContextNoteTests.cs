using Baton.Core.Metrics;

namespace Baton.Core.Tests.Metrics;

public sealed class ContextNoteTests
{
    private static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Agent = Guid.NewGuid();
    private static readonly Guid Lead = Guid.NewGuid();

    private static ContextNote Note() => new(Guid.NewGuid(), ContextItemKind.Commitment, Guid.NewGuid(), Agent, "  Customer asked for next week.  ", Now);

    [Fact]
    public void A_new_note_is_pending_with_its_text_trimmed()
    {
        var note = Note();
        Assert.Equal(ContextNoteStatus.Pending, note.Status);
        Assert.Equal("Customer asked for next week.", note.Text);
        Assert.Null(note.ReviewerId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_note_needs_text(string text)
    {
        var ex = Assert.Throws<DomainException>(() => new ContextNote(Guid.NewGuid(), ContextItemKind.Commitment, Guid.NewGuid(), Agent, text, Now));
        Assert.Equal("text", ex.Field);
    }

    [Fact]
    public void A_note_needs_an_item()
    {
        Assert.Equal("itemId", Assert.Throws<DomainException>(() => new ContextNote(Guid.NewGuid(), ContextItemKind.Commitment, Guid.Empty, Agent, "x", Now)).Field);
        Assert.Equal("itemKind", Assert.Throws<DomainException>(() => new ContextNote(Guid.NewGuid(), (ContextItemKind)9, Guid.NewGuid(), Agent, "x", Now)).Field);
    }

    [Fact]
    public void The_lead_accepts_with_an_optional_reason()
    {
        var note = Note();
        note.Accept(Lead, null, Now.AddHours(1));
        Assert.Equal((ContextNoteStatus.Accepted, Lead, Now.AddHours(1), (string?)null), (note.Status, note.ReviewerId, note.ReviewedAt, note.ReviewReason));
    }

    [Fact]
    public void Declining_needs_a_reason_and_a_refused_decline_changes_nothing()
    {
        var note = Note();
        Assert.Equal("reason", Assert.Throws<DomainException>(() => note.Decline(Lead, " ", Now)).Field);
        Assert.Equal(ContextNoteStatus.Pending, note.Status);

        note.Decline(Lead, "The callback was due today and nobody tried.", Now);
        Assert.Equal(ContextNoteStatus.Declined, note.Status);
        Assert.Equal("The callback was due today and nobody tried.", note.ReviewReason);
    }

    [Fact]
    public void Nobody_reviews_their_own_note()
    {
        var note = Note();
        Assert.Throws<NotPermittedException>(() => note.Accept(Agent, null, Now));
        Assert.Equal(ContextNoteStatus.Pending, note.Status);
    }

    [Fact]
    public void A_reviewed_note_cannot_be_reviewed_again()
    {
        var note = Note();
        note.Accept(Lead, null, Now);
        Assert.Throws<ConflictException>(() => note.Decline(Guid.NewGuid(), "changed my mind", Now));
        Assert.Equal(ContextNoteStatus.Accepted, note.Status);
    }
}

namespace Baton.Core.Commitments;

/// <summary>One try at keeping a commitment: a call, an email, a message.</summary>
public sealed class Attempt
{
    private Attempt() { }

    public Attempt(int sequence, AttemptChannel channel, AttemptResult result, DateTime at, Guid actorId, string? note)
    {
        if (!Enum.IsDefined(channel))
        {
            throw new DomainException("channel", "Unknown channel.");
        }
        if (!Allows(channel, result))
        {
            throw new DomainException("result", $"A {channel} attempt cannot end as {result}.");
        }
        Sequence = sequence;
        Channel = channel;
        Result = result;
        At = Instants.Normalize(at);
        ActorId = actorId;
        Note = CommitmentRules.OptionalText(note, "note", CommitmentRules.MaxNoteLength);
    }

    /// <summary>Counts from 1 within the commitment.</summary>
    public int Sequence { get; private set; }
    public AttemptChannel Channel { get; private set; }
    public AttemptResult Result { get; private set; }
    public DateTime At { get; private set; }
    public Guid ActorId { get; private set; }
    public string? Note { get; private set; }

    public bool Reached => Result == AttemptResult.Reached;

    /// <summary>Voicemail exists only on the phone, "sent" only for written channels, and so on.</summary>
    public static bool Allows(AttemptChannel channel, AttemptResult result) => channel switch
    {
        AttemptChannel.Phone => result is AttemptResult.Reached or AttemptResult.Voicemail or AttemptResult.NoAnswer or AttemptResult.WrongNumber,
        AttemptChannel.Email => result is AttemptResult.Sent,
        AttemptChannel.Sms => result is AttemptResult.Sent or AttemptResult.WrongNumber,
        AttemptChannel.Chat => result is AttemptResult.Reached or AttemptResult.Sent or AttemptResult.NoAnswer,
        AttemptChannel.InPerson => result is AttemptResult.Reached or AttemptResult.NoAnswer,
        _ => false,
    };
}

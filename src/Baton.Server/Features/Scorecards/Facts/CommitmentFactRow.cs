using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>
/// The plain facts the metrics need about one commitment, kept as one narrow row beside it (written in the same save
/// by <see cref="CommitmentFactsProjector"/>), so a scorecard over a year reads a few indexed columns instead of
/// every commitment's custody, attempts and timeline.
/// </summary>
public sealed class CommitmentFactRow
{
    public Guid Id { get; set; }
    public CommitmentKind Kind { get; set; }
    /// <summary>The last owner in the custody chain (the owner at closing once closed).</summary>
    public Guid OwnerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime Due { get; set; }
    public Outcome? Outcome { get; set; }
    public DateTime? ClosedAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? HandedOffAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public Guid? AcceptedById { get; set; }
    public DateTime? FirstActionAt { get; set; }
    public Guid? FirstActionOwnerId { get; set; }
    /// <summary>Closed by its due time (false while open), so on-time and SLA figures are plain counts.</summary>
    public bool ClosedOnTime { get; set; }
    /// <summary>Wall-clock minutes from the hand-off to its acceptance.</summary>
    public double? AcceptanceMinutes { get; set; }
    /// <summary>Wall-clock minutes from creation to the first action.</summary>
    public double? ResponseMinutes { get; set; }

    public static CommitmentFactRow From(CommitmentFact fact) => new CommitmentFactRow { Id = fact.Id }.Apply(fact);

    public CommitmentFactRow Apply(CommitmentFact fact)
    {
        Kind = fact.Kind;
        OwnerId = fact.OwnerId;
        CreatedAt = fact.CreatedAt;
        Due = fact.Due;
        Outcome = fact.Outcome;
        ClosedAt = fact.ClosedAt;
        Attempts = fact.Attempts;
        HandedOffAt = fact.Acceptance?.HandedOffAt;
        AcceptedAt = fact.Acceptance?.AcceptedAt;
        AcceptedById = fact.Acceptance?.AcceptedById;
        FirstActionAt = fact.FirstAction?.At;
        FirstActionOwnerId = fact.FirstAction?.OwnerId;
        ClosedOnTime = fact.ClosedAt is { } closed && closed <= fact.Due;
        AcceptanceMinutes = fact.Acceptance is { } a ? (a.AcceptedAt - a.HandedOffAt).TotalMinutes : null;
        ResponseMinutes = fact.FirstAction is { } f ? (f.At - fact.CreatedAt).TotalMinutes : null;
        return this;
    }

    public CommitmentFact ToFact() => new(
        Id, Kind, OwnerId, CreatedAt, Due, Outcome, ClosedAt, Attempts,
        AcceptedAt is { } accepted ? new HandoffAcceptance(HandedOffAt!.Value, accepted, AcceptedById!.Value) : null,
        FirstActionAt is { } first ? new FirstAction(first, FirstActionOwnerId!.Value) : null);
}

internal sealed class CommitmentFactRowConfiguration : IEntityTypeConfiguration<CommitmentFactRow>
{
    public void Configure(EntityTypeBuilder<CommitmentFactRow> b)
    {
        b.ToTable("commitment_facts");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        // One index per way a figure attributes an item: owner at closing (kept, on time, attempts) or by due (SLA met),
        // who accepted a hand-off, and who owned an escalation when it was first acted on. Each carries the columns its
        // figures count (and the id, for exclusions), so a department's year is an index-only range scan.
        b.HasIndex(f => new { f.OwnerId, f.ClosedAt, f.Outcome, f.ClosedOnTime, f.Kind, f.Attempts, f.Id });
        b.HasIndex(f => new { f.OwnerId, f.Due, f.Outcome, f.ClosedOnTime, f.Id });
        b.HasIndex(f => new { f.AcceptedById, f.AcceptedAt, f.AcceptanceMinutes, f.Id });
        b.HasIndex(f => new { f.FirstActionOwnerId, f.FirstActionAt, f.Kind, f.ResponseMinutes, f.Id });
        // Open promises already due count against SLA met; the daily tallies hold only closed ones.
        b.HasIndex(f => new { f.OwnerId, f.Due }).HasFilter("\"Outcome\" IS NULL").HasDatabaseName("IX_commitment_facts_open_due");
    }
}

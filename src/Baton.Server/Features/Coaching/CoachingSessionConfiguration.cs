using Baton.Core.Coaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// Table coaching_sessions; evidence, goals and action items in their own tables keyed by (SessionId, Sequence);
/// enums as strings; Version as the optimistic concurrency token.
/// </summary>
internal sealed class CoachingSessionConfiguration : IEntityTypeConfiguration<CoachingSession>
{
    public void Configure(EntityTypeBuilder<CoachingSession> b)
    {
        b.ToTable("coaching_sessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Topic).HasMaxLength(CoachingRules.MaxTopicLength);
        b.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.Notes).HasMaxLength(CoachingRules.MaxNotesLength);
        b.Property(s => s.Consequence).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ConsequenceReason).HasMaxLength(CoachingRules.MaxReasonLength);
        b.Property(s => s.AcknowledgementComment).HasMaxLength(CoachingRules.MaxReasonLength);
        b.Property(s => s.DisputeReason).HasMaxLength(CoachingRules.MaxReasonLength);
        b.Property(s => s.ReviewDecision).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.ReviewReason).HasMaxLength(CoachingRules.MaxReasonLength);
        b.Property(s => s.AmendedConsequence).HasConversion<string>().HasMaxLength(20);
        b.Property(s => s.AmendedConsequenceReason).HasMaxLength(CoachingRules.MaxReasonLength);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Ignore(s => s.ConsequenceInForce);
        b.Ignore(s => s.AwaitsAnswer);

        b.OwnsMany(s => s.Evidence, o =>
        {
            o.ToTable("coaching_evidence");
            o.WithOwner().HasForeignKey("SessionId");
            o.HasKey("SessionId", nameof(CoachingEvidence.Sequence));
            o.Property(e => e.Sequence).ValueGeneratedNever();
            o.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
            o.Property(e => e.Reference).HasMaxLength(CoachingRules.MaxReferenceLength);
            o.Property(e => e.Summary).HasMaxLength(CoachingRules.MaxSummaryLength);
            o.Property(e => e.Snapshot).HasMaxLength(CoachingRules.MaxSnapshotLength);
        });
        b.OwnsMany(s => s.Goals, o =>
        {
            o.ToTable("coaching_goals");
            o.WithOwner().HasForeignKey("SessionId");
            o.HasKey("SessionId", nameof(ImprovementGoal.Sequence));
            o.Property(g => g.Sequence).ValueGeneratedNever();
            o.Property(g => g.Goal).HasMaxLength(CoachingRules.MaxGoalLength);
        });
        b.OwnsMany(s => s.ActionItems, o =>
        {
            o.ToTable("coaching_action_items");
            o.WithOwner().HasForeignKey("SessionId");
            o.HasKey("SessionId", nameof(CoachingActionItem.Sequence));
            o.Property(a => a.Sequence).ValueGeneratedNever();
            o.Property(a => a.Side).HasConversion<string>().HasMaxLength(20);
            o.Property(a => a.What).HasMaxLength(Baton.Core.Commitments.CommitmentRules.MaxWhatLength);
            o.HasIndex(a => a.CommitmentId);
        });

        // Sessions are listed per agent (history), per coach, and per reviewer (disputes to review).
        b.HasIndex(s => new { s.AgentId, s.ScheduledAt });
        b.HasIndex(s => new { s.CoachId, s.ScheduledAt });
        b.HasIndex(s => new { s.ReviewerId, s.Status });
    }
}

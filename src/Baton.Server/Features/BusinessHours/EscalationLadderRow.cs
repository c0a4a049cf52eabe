using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.BusinessHours;

/// <summary>A configured escalation ladder, per kind and/or department (both null: the center's default).</summary>
public sealed class EscalationLadderRow
{
    public Guid Id { get; set; }
    public CommitmentKind? Kind { get; set; }
    public Guid? DepartmentId { get; set; }
    public required List<EscalationStep> Steps { get; set; }
    public bool BusinessTimeOnly { get; set; }

    public EscalationLadder ToLadder() => new(Kind, DepartmentId, Steps, BusinessTimeOnly);
}

internal sealed class EscalationLadderConfiguration : IEntityTypeConfiguration<EscalationLadderRow>
{
    public void Configure(EntityTypeBuilder<EscalationLadderRow> b)
    {
        b.ToTable("escalation_ladders");
        b.HasKey(l => l.Id);
        b.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        b.Property(l => l.Steps).HasMaxLength(4000).HasConversion(Json.Converter<List<EscalationStep>>(), Json.Comparer<EscalationStep>());
        b.HasIndex(l => new { l.Kind, l.DepartmentId }).IsUnique();
    }
}

namespace Baton.Server.Features.Discretion;

/// <summary>When a person started working here: earned autonomy counts tenure from it. Kept beside the person, one row each.</summary>
public sealed class EmploymentStart
{
    public Guid PersonId { get; init; }
    public DateOnly StartedOn { get; set; }
    public DateTime RecordedAt { get; set; }
    public Guid? RecordedById { get; set; }
}

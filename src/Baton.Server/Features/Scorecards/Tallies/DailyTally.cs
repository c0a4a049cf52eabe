using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// One person's scorecard counters for one UTC day (<see cref="TallyColumns"/>, kept as columns so the database sums
/// them). Every save that changes a fact, a call or a survey appends the change as a new row, so concurrent saves never
/// contend for a row; <see cref="DailyTallyCompactor"/> later folds a day's rows into one. A scorecard over a
/// department's year sums about 365 rows per member.
/// </summary>
public sealed class DailyTally
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    /// <summary>The UTC day, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; set; }

    public static int DayOf(DateTime utc) => DateOnly.FromDateTime(utc).DayNumber;

    /// <summary>Midnight UTC at the start of a day, when the instant is one; else null.</summary>
    public static int? DayAt(DateTime utc) => utc.TimeOfDay == TimeSpan.Zero ? DayOf(utc) : null;
}

internal sealed class DailyTallyConfiguration : IEntityTypeConfiguration<DailyTally>
{
    public void Configure(EntityTypeBuilder<DailyTally> b)
    {
        b.ToTable("daily_tallies");
        b.HasKey(t => t.Id);
        b.Property(t => t.Id).ValueGeneratedNever();
        for (var i = 0; i < TallyColumns.Count; i++)
        {
            if (TallyColumns.IsSum(i))
            {
                b.Property<double>(TallyColumns.Names[i]);
            }
            else
            {
                b.Property<int>(TallyColumns.Names[i]);
            }
        }
        b.HasIndex(t => new { t.PersonId, t.Day });
    }
}

using Baton.Server.Data;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>Writes and reads a tally row's counters, which are shadow columns named by <see cref="TallyColumns"/>.</summary>
public static class DailyTallyRows
{
    public static DailyTally Add(BatonDb db, Guid personId, int day, double[] counters)
    {
        var tally = new DailyTally { Id = Guid.CreateVersion7(), PersonId = personId, Day = day };
        var entry = db.DailyTallies.Add(tally);
        for (var i = 0; i < TallyColumns.Count; i++)
        {
            // Boxed as the column's own type: a count is an int.
            entry.Property(TallyColumns.Names[i]).CurrentValue = TallyColumns.IsSum(i) ? counters[i] : (object)(int)Math.Round(counters[i]);
        }
        return tally;
    }

    public static double[] Read(BatonDb db, DailyTally tally)
    {
        var entry = db.Entry(tally);
        var counters = new double[TallyColumns.Count];
        for (var i = 0; i < TallyColumns.Count; i++)
        {
            counters[i] = Convert.ToDouble(entry.Property(TallyColumns.Names[i]).CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
        }
        return counters;
    }
}

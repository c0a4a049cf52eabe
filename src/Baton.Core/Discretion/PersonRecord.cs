namespace Baton.Core.Discretion;

/// <summary>
/// What earned autonomy looks at: when the person started (null when nobody recorded it) and how many of the promises they
/// closed over the last <see cref="EarnedAutonomy.RecordWindow"/> were kept or broken.
/// </summary>
public sealed record PersonRecord(DateOnly? StartedOn, int Kept, int Broken)
{
    /// <summary>Kept / (Kept + Broken); null with nothing closed.</summary>
    public decimal? KeptRate => Kept + Broken == 0 ? null : (decimal)Kept / (Kept + Broken);

    /// <summary>Full months from the start date to <paramref name="today"/>; null without a start date.</summary>
    public int? TenureMonths(DateOnly today)
    {
        if (StartedOn is not { } start)
        {
            return null;
        }
        var months = ((today.Year - start.Year) * 12) + today.Month - start.Month;
        if (today.Day < start.Day)
        {
            months--;
        }
        return Math.Max(0, months);
    }
}

namespace Baton.Core.Discretion;

/// <summary>
/// Earned autonomy: once a person has worked here at least <see cref="MinTenureMonths"/> full months AND kept at least
/// <see cref="MinKeptRate"/> of the promises they closed over the last 90 days, their limits are multiplied by <see cref="Factor"/>.
/// </summary>
public sealed record EarnedAutonomyRule(int MinTenureMonths, decimal MinKeptRate, decimal Factor)
{
    public const int MaxTenureMonths = 600;
    public const decimal MaxFactor = 10m;

    /// <summary>Checks a rule as given by a person; every failure names its field.</summary>
    public static EarnedAutonomyRule Require(int? minTenureMonths, decimal? minKeptRate, decimal? factor)
    {
        if (minTenureMonths is not { } months || months is < 0 or > MaxTenureMonths)
        {
            throw new DomainException("earnedAutonomy.minTenureMonths", $"Give the tenure needed in full months, 0 to {MaxTenureMonths}.");
        }
        if (minKeptRate is not { } rate || rate is < 0m or > 1m)
        {
            throw new DomainException("earnedAutonomy.minKeptRate", "Give the kept rate needed between 0 and 1 (0.95 means 95%).");
        }
        if (factor is not { } f || f <= 1m || f > MaxFactor || decimal.Round(f, 2) != f)
        {
            throw new DomainException("earnedAutonomy.factor", $"The factor raises the limits: more than 1, at most {MaxFactor:0}, two decimal places.");
        }
        return new EarnedAutonomyRule(months, rate, f);
    }
}

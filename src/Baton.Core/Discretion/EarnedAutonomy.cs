using System.Globalization;

namespace Baton.Core.Discretion;

/// <summary>Turns a policy and a person's record into the limits that apply to them now, with the reason in words.</summary>
public static class EarnedAutonomy
{
    /// <summary>How far back the kept rate looks.</summary>
    public static readonly TimeSpan RecordWindow = TimeSpan.FromDays(90);

    public static EffectiveLimits Apply(DiscretionPolicy policy, PersonRecord record, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(record);
        var basis = $"{Money.Format(policy.PerInteractionLimit, policy.Currency)} per interaction and "
                    + $"{Money.Format(policy.RollingWeekLimit, policy.Currency)} per 7 days ({policy.HolderText} policy)";
        if (policy.EarnedAutonomy is not { } rule)
        {
            return new EffectiveLimits(policy.PerInteractionLimit, policy.RollingWeekLimit, policy.Currency, false, $"Your limits: {basis}.");
        }
        var tenure = record.TenureMonths(DateOnly.FromDateTime(Instants.Normalize(now)));
        var rate = record.KeptRate;
        var factor = rule.Factor.ToString("0.##", CultureInfo.InvariantCulture);
        if (tenure is { } months && months >= rule.MinTenureMonths && rate is { } kept && kept >= rule.MinKeptRate)
        {
            return new EffectiveLimits(
                decimal.Round(policy.PerInteractionLimit * rule.Factor, 2), decimal.Round(policy.RollingWeekLimit * rule.Factor, 2), policy.Currency, true,
                $"Earned autonomy: {Months(months)} here and {Percent(kept)} of your promises kept over the last 90 days "
                + $"raise the {basis} ×{factor}.");
        }
        var yourTenure = tenure is { } t ? $"you have {Months(t)}" : "no start date is recorded for you";
        var yourRate = rate is { } r ? $"yours: {Percent(r)}" : "you closed none in that time";
        return new EffectiveLimits(policy.PerInteractionLimit, policy.RollingWeekLimit, policy.Currency, false,
            $"Your limits: {basis}. They grow ×{factor} after {Months(rule.MinTenureMonths)} here ({yourTenure}) "
            + $"with {Percent(rule.MinKeptRate)} of promises kept over the last 90 days ({yourRate}).");
    }

    private static string Months(int months) => months == 1 ? "1 month" : string.Create(CultureInfo.InvariantCulture, $"{months} months");

    private static string Percent(decimal rate) => rate.ToString("0.#%", CultureInfo.InvariantCulture);
}

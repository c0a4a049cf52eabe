using System.Globalization;

namespace Baton.Core.Discretion;

/// <summary>Validation and display of the amounts and currencies discretion deals in (decimal, two places, ISO 4217 codes).</summary>
public static class Money
{
    public const decimal MaxAmount = 1_000_000m;

    /// <summary>A positive amount with at most two decimal places, up to <see cref="MaxAmount"/>.</summary>
    public static decimal RequireAmount(decimal amount, string field, bool allowZero = false)
    {
        if (amount < 0m || (!allowZero && amount == 0m))
        {
            throw new DomainException(field, allowZero ? "The amount cannot be negative." : "The amount must be more than zero.");
        }
        if (amount > MaxAmount)
        {
            throw new DomainException(field, string.Create(CultureInfo.InvariantCulture, $"The amount can be at most {MaxAmount:0}."));
        }
        if (decimal.Round(amount, 2) != amount)
        {
            throw new DomainException(field, "Use at most two decimal places.");
        }
        return amount;
    }

    /// <summary>A three-letter ISO 4217 code such as EUR or USD, upper-cased.</summary>
    public static string RequireCurrency(string? currency, string field = "currency")
    {
        var code = currency?.Trim().ToUpperInvariant() ?? "";
        if (code.Length != 3 || !code.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new DomainException(field, "Give the currency as a three-letter code such as EUR or USD.");
        }
        return code;
    }

    /// <summary>"25.00 EUR".</summary>
    public static string Format(decimal amount, string currency) => string.Create(CultureInfo.InvariantCulture, $"{amount:0.00} {currency}");
}

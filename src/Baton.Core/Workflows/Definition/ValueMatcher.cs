using System.Globalization;

namespace Baton.Core.Workflows;

/// <summary>Compares recorded text values: numbers and dates by value, everything else ignoring case.</summary>
internal static class ValueMatcher
{
    public static bool Matches(string? actual, ValueComparison comparison, IReadOnlyList<string> expected)
    {
        if (actual is null || expected.Count == 0)
        {
            return false;
        }
        return comparison switch
        {
            ValueComparison.EqualTo => AreEqual(actual, expected[0]),
            ValueComparison.OneOf => expected.Any(e => AreEqual(actual, e)),
            ValueComparison.GreaterThan => Compare(actual, expected[0]) > 0,
            ValueComparison.LessThan => Compare(actual, expected[0]) is < 0 and not int.MinValue,
            _ => false,
        };
    }

    public static string Describe(ValueComparison comparison, IReadOnlyList<string> values) => comparison switch
    {
        ValueComparison.EqualTo => $"= {values.FirstOrDefault()}",
        ValueComparison.OneOf => $"in [{string.Join(", ", values)}]",
        ValueComparison.GreaterThan => $"> {values.FirstOrDefault()}",
        ValueComparison.LessThan => $"< {values.FirstOrDefault()}",
        _ => "?",
    };

    private static bool AreEqual(string actual, string expected) =>
        TryNumber(actual, out var a) && TryNumber(expected, out var b)
            ? a == b
            : string.Equals(actual.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Sign of actual - expected, or int.MinValue when the two cannot be ordered.</summary>
    private static int Compare(string actual, string expected)
    {
        if (TryNumber(actual, out var a) && TryNumber(expected, out var b))
        {
            return a.CompareTo(b);
        }
        if (TryDate(actual, out var da) && TryDate(expected, out var db))
        {
            return da.CompareTo(db);
        }
        return int.MinValue;
    }

    internal static bool TryNumber(string value, out decimal number) =>
        decimal.TryParse(value.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out number);

    internal static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

using System.Collections;
using System.Globalization;
using System.Reflection;
using Baton.Core.Commitments;

namespace Baton.Core.Tests.Commitments;

/// <summary>
/// Every public property of a commitment, its custody, attempts and timeline as one string, found by reflection
/// so a property added later is compared too. Used to prove refused operations change nothing.
/// </summary>
internal static class CommitmentSnapshot
{
    public static string Of(Commitment commitment) => Dump(commitment);

    private static string Dump(object? value) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        DateTime instant => Instants.Format(instant),
        Guid or Enum or bool or int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        Promisee promisee => promisee.ToString(),
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Dump)) + "]",
        _ => "{" + string.Join(", ", value.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => $"{p.Name}={Dump(p.GetValue(value))}")) + "}",
    };
}

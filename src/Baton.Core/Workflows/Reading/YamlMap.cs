using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>
/// Reads one YAML mapping: reports unknown keys when created, and missing or mistyped values as they are asked for,
/// each at the position of the offending key or value.
/// </summary>
internal sealed class YamlMap
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, ProblemList problems, string subject, IReadOnlyCollection<string>? knownKeys)
    {
        Node = node;
        Problems = problems;
        Subject = subject;
        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar)
            {
                problems.Add(At(key), ProblemCodes.InvalidValue, $"{subject} has a key that is not a plain name.");
                continue;
            }
            if (knownKeys is not null && !knownKeys.Contains(name))
            {
                problems.Add(At(key), ProblemCodes.UnknownField,
                    $"{subject} has unknown field '{name}'; known fields: {string.Join(", ", knownKeys)}.");
                continue;
            }
            entries[name] = (scalar, value);
        }
    }

    public YamlMappingNode Node { get; }
    public ProblemList Problems { get; }
    /// <summary>Names the mapping in messages; renamed once its id is known.</summary>
    public string Subject { get; set; }
    public SourcePosition Position => At(Node);

    public static SourcePosition At(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    public bool Has(string key) => entries.ContainsKey(key);

    public YamlNode? Get(string key) => entries.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>Position of the value (or of the mapping when the key is absent).</summary>
    public SourcePosition ValuePosition(string key) => entries.TryGetValue(key, out var entry) ? At(entry.Value) : Position;

    public SourcePosition KeyPosition(string key) => entries.TryGetValue(key, out var entry) ? At(entry.Key) : Position;

    public void Missing(string key) => Problems.Add(Position, ProblemCodes.MissingField, $"{Subject} needs '{key}'.");

    public void Invalid(string key, string message) => Problems.Add(ValuePosition(key), ProblemCodes.InvalidValue, message);

    public string? Text(string key, bool required)
    {
        switch (Get(key))
        {
            case null:
                if (required)
                {
                    Missing(key);
                }
                return null;
            case YamlScalarNode { Value: { } value } when value.Trim().Length > 0:
                return value.Trim();
            case YamlScalarNode:
                // Present but empty is a mistake even for optional fields: "default:" with nothing after it is not "no default".
                Invalid(key, $"{Subject}: '{key}' is empty.");
                return null;
            default:
                Invalid(key, $"{Subject}: '{key}' must be a single value, not a list or mapping.");
                return null;
        }
    }

    public int? Integer(string key, bool required)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Invalid(key, $"{Subject}: '{key}' must be a whole number, not '{text}'.");
        return null;
    }

    public double? Number(string key, double min, double max)
    {
        var text = Text(key, required: false);
        if (text is null)
        {
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }
        Invalid(key, string.Create(CultureInfo.InvariantCulture, $"{Subject}: '{key}' must be a number from {min} to {max}, not '{text}'."));
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key, required: false);
        switch (text?.ToLowerInvariant())
        {
            case null:
                return null;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Invalid(key, $"{Subject}: '{key}' must be true or false, not '{text}'.");
                return null;
        }
    }

    /// <summary>ISO 8601 durations such as PT30M, PT4H, P1D; must be positive.</summary>
    public TimeSpan? Duration(string key, bool required)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }
        try
        {
            var value = System.Xml.XmlConvert.ToTimeSpan(text);
            if (value > TimeSpan.Zero)
            {
                return value;
            }
        }
        catch (FormatException)
        {
            // Reported below with the same message as a non-positive duration.
        }
        catch (OverflowException)
        {
            // Reported below.
        }
        Invalid(key, $"{Subject}: '{key}' must be a positive ISO 8601 duration such as PT30M, PT4H or P1D, not '{text}'.");
        return null;
    }

    /// <summary>A list of plain values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, SourcePosition Position)>? TextList(string key, bool required)
    {
        switch (Get(key))
        {
            case null:
                if (required)
                {
                    Missing(key);
                }
                return null;
            case YamlScalarNode { Value: { } single } scalar when single.Trim().Length > 0:
                return [(single.Trim(), At(scalar))];
            case YamlSequenceNode sequence when sequence.Children.Count > 0:
                var items = new List<(string, SourcePosition)>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
                    {
                        items.Add((value.Trim(), At(item)));
                    }
                    else
                    {
                        Problems.Add(At(item), ProblemCodes.InvalidValue, $"{Subject}: every entry of '{key}' must be a plain value.");
                    }
                }
                return items;
            default:
                Invalid(key, $"{Subject}: '{key}' must be a non-empty list of values.");
                return null;
        }
    }

    /// <summary>The items of a list of mappings; anything else in the list is reported.</summary>
    public IReadOnlyList<YamlMappingNode>? Mappings(string key, bool required)
    {
        switch (Get(key))
        {
            case null:
                if (required)
                {
                    Missing(key);
                }
                return null;
            case YamlSequenceNode sequence:
                var items = new List<YamlMappingNode>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlMappingNode mapping)
                    {
                        items.Add(mapping);
                    }
                    else
                    {
                        Problems.Add(At(item), ProblemCodes.InvalidValue, $"{Subject}: every entry of '{key}' must be a mapping of fields.");
                    }
                }
                return items;
            default:
                Invalid(key, $"{Subject}: '{key}' must be a list.");
                return null;
        }
    }

    public YamlMap? Map(string key, bool required, string subject, IReadOnlyCollection<string>? knownKeys)
    {
        switch (Get(key))
        {
            case null:
                if (required)
                {
                    Missing(key);
                }
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, Problems, subject, knownKeys);
            default:
                Invalid(key, $"{Subject}: '{key}' must be a mapping of fields.");
                return null;
        }
    }
}

using System.Globalization;

namespace Baton.Bench;

/// <summary>Reads <c>--name value</c> pairs; every value is taken at most once and leftovers are reported as unknown.</summary>
public sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public BenchArgs(string[] args)
    {
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
            _values[args[i][2..]] = args[i + 1];
        }
    }

    public string Text(string name, string fallback) => _values.Remove(name, out var v) ? v : fallback;

    public int Count(string name, int fallback, int min, int max) =>
        int.TryParse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw new ArgumentException($"--{name} must be a whole number in [{min}, {max}].");

    public bool Flag(string name, bool fallback) => Text(name, fallback ? "true" : "false") switch
    {
        "true" => true,
        "false" => false,
        _ => throw new ArgumentException($"--{name} must be true or false."),
    };

    public Baton.Server.Data.DatabaseProvider Provider() => Text("provider", "") switch
    {
        "sqlite" => Baton.Server.Data.DatabaseProvider.Sqlite,
        "postgres" => Baton.Server.Data.DatabaseProvider.Postgres,
        _ => throw new ArgumentException("--provider must be sqlite or postgres."),
    };

    /// <summary>Throws when an option was given that nobody read.</summary>
    public void RequireAllRead()
    {
        if (_values.Count > 0)
        {
            throw new ArgumentException($"Unknown option --{_values.Keys.First()}.");
        }
    }
}

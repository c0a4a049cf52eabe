using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>Loads YAML into the representation model, turning any parser failure into a positioned problem.</summary>
internal static partial class YamlText
{
    public static YamlStream? Load(string yaml, ProblemList problems)
    {
        var parser = new Parser(new StringReader(yaml));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
            return stream;
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            problems.Add(new SourcePosition((int)e.Start.Line, (int)e.Start.Column), ProblemCodes.YamlSyntax, $"YAML syntax: {PositionPrefix().Replace(message, "")}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException when the text ends inside an unclosed [ or {.
            problems.Add(EndOf(yaml), ProblemCodes.YamlSyntax, "YAML syntax: the file ends inside an unclosed '[' or '{'.");
        }
        return null;
    }

    private static SourcePosition EndOf(string yaml)
    {
        var lines = yaml.TrimEnd('\n', '\r').Split('\n');
        return new SourcePosition(lines.Length, lines[^1].TrimEnd('\r').Length + 1);
    }

    /// <summary>YamlDotNet prefixes messages with the position, which the problem already carries.</summary>
    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();
}

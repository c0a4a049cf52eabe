using System.Xml.Linq;
using Baton.Cli.Commands;

namespace Baton.Server.Tests.Cli;

/// <summary>The <c>baton workflow</c> commands, run in-process on the shipped samples and on broken files.</summary>
public sealed class WorkflowCliTests : IDisposable
{
    private static readonly string[] Keys =
        ["product-return-missing-finance-details", "outbound-upgrade-campaign", "headset-firmware-support", "inbound-purchase"];

    private readonly string _temp = Directory.CreateTempSubdirectory("baton-cli-").FullName;

    private static string Samples
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Baton.slnx")))
                {
                    return Path.Combine(dir.FullName, "samples", "workflows");
                }
            }
            throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
        }
    }

    private static string SamplePath(string key) => Path.Combine(Samples, key + ".yaml");

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await WorkflowCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public async Task Lint_passes_every_sample()
    {
        var (exit, output, errors) = await RunAsync(["workflow", "lint", .. Keys.Select(SamplePath)]);
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Contains("4 of 4 file(s) valid", errors);
    }

    [Fact]
    public async Task Lint_reports_file_line_column_and_message_and_exits_1()
    {
        var broken = Path.Combine(_temp, "broken.yaml");
        var yaml = File.ReadAllText(SamplePath("inbound-purchase"))
            .Replace("next: check_order_size", "next: nowhere", StringComparison.Ordinal)
            .Replace("kind: Wait", "kind: Snooze", StringComparison.Ordinal);
        File.WriteAllText(broken, yaml);
        var lines = yaml.Split('\n').ToList();
        var danglingLine = lines.FindIndex(l => l.Contains("next: nowhere", StringComparison.Ordinal)) + 1;
        var kindLine = lines.FindIndex(l => l.Contains("kind: Snooze", StringComparison.Ordinal)) + 1;

        var (exit, output, _) = await RunAsync("workflow", "lint", SamplePath("inbound-purchase"), broken);

        Assert.Equal(1, exit);
        var reported = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(reported, l => l.StartsWith($"{broken}:{danglingLine}:11: ", StringComparison.Ordinal) && l.Contains("nowhere", StringComparison.Ordinal));
        Assert.Contains(reported, l => l.StartsWith($"{broken}:{kindLine}:11: ", StringComparison.Ordinal) && l.Contains("Snooze", StringComparison.Ordinal));
        Assert.DoesNotContain(reported, l => l.Contains(SamplePath("inbound-purchase"), StringComparison.Ordinal));
        Assert.All(reported, l => Assert.Matches(@"^.+:\d+:\d+: .+$", l));
    }

    [Fact]
    public async Task Lint_of_a_missing_file_exits_2()
    {
        var (exit, _, errors) = await RunAsync("workflow", "lint", Path.Combine(_temp, "absent.yaml"));
        Assert.Equal(2, exit);
        Assert.Contains("cannot read", errors);
    }

    [Fact]
    public async Task Render_writes_an_svg_with_one_group_per_node()
    {
        var output = Path.Combine(_temp, "chart.svg");
        var (exit, _, _) = await RunAsync("workflow", "render", SamplePath("outbound-upgrade-campaign"), "-o", output, "--highlight", "pitch");

        Assert.Equal(0, exit);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var document = XDocument.Load(output);
        var nodes = document.Descendants(svg + "g").Where(g => g.Attribute("data-node-id") is not null).ToList();
        Assert.Equal(14, nodes.Count);
        Assert.Single(nodes, g => g.Attribute("class")!.Value.Split(' ').Contains("highlight"));
    }

    [Fact]
    public async Task Render_to_standard_output_and_refuses_a_broken_file()
    {
        var (exit, output, _) = await RunAsync("workflow", "render", SamplePath("inbound-purchase"));
        Assert.Equal(0, exit);
        Assert.StartsWith("<svg", output, StringComparison.Ordinal);

        var broken = Path.Combine(_temp, "broken.yaml");
        File.WriteAllText(broken, "key: x\n");
        var (brokenExit, brokenOutput, brokenErrors) = await RunAsync("workflow", "render", broken, "-o", Path.Combine(_temp, "x.svg"));
        Assert.Equal(1, brokenExit);
        Assert.Equal("", brokenOutput);
        Assert.Contains($"{broken}:1:", brokenErrors);
        Assert.False(File.Exists(Path.Combine(_temp, "x.svg")));
    }

    [Fact]
    public async Task Test_runs_the_sibling_cases_of_every_sample()
    {
        foreach (var key in Keys)
        {
            var (exit, output, _) = await RunAsync("workflow", "test", SamplePath(key));
            Assert.True(exit == 0, output);
            Assert.Contains("PASS  ", output);
            Assert.DoesNotContain("FAIL", output);
            Assert.Matches(@"\d+ passed, 0 failed\.", output);
        }
    }

    [Fact]
    public async Task Test_prints_differences_and_exits_1_when_a_case_fails()
    {
        var cases = Path.Combine(_temp, "wrong.tests.yaml");
        File.WriteAllText(cases, """
            - name: Expects the wrong ending
              steps:
                - answers: { product: desk-dock, quantity: "1" }
                  outcome: not_now
              expect:
                path: [answer_questions, no_sale]
                outcome: sold
            - name: Right
              steps:
                - answers: { product: desk-dock, quantity: "1" }
                  outcome: not_now
              expect:
                path: [answer_questions, no_sale]
                outcome: not_interested
            """);

        var (exit, output, _) = await RunAsync("workflow", "test", SamplePath("inbound-purchase"), "--cases", cases);

        Assert.Equal(1, exit);
        Assert.Contains("FAIL  Expects the wrong ending", output);
        Assert.Contains("PASS  Right", output);
        Assert.Contains("sold", output.Split('\n').SkipWhile(l => !l.StartsWith("FAIL", StringComparison.Ordinal)).Skip(1).First());
        Assert.Contains("1 passed, 1 failed.", output);
    }

    [Fact]
    public async Task Test_without_a_cases_file_exits_2()
    {
        var copy = Path.Combine(_temp, "inbound-purchase.yaml");
        File.Copy(SamplePath("inbound-purchase"), copy);
        var (exit, _, errors) = await RunAsync("workflow", "test", copy);
        Assert.Equal(2, exit);
        Assert.Contains(Path.Combine(_temp, "inbound-purchase.tests.yaml"), errors);
    }
}

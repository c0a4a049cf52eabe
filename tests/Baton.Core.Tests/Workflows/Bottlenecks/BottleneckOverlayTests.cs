using System.Xml.Linq;
using Baton.Core.Workflows;
using Baton.Core.Workflows.Bottlenecks;
using static Baton.Core.Tests.Workflows.Bottlenecks.BottleneckScenario;

namespace Baton.Core.Tests.Workflows.Bottlenecks;

public sealed class BottleneckOverlayTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTime Day = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);

    private const string Loop = """
          - id: ask
            kind: Step
            title: Try to reach the customer
            script: Call the customer.
            buttons:
              - { outcome: reached, label: Reached, to: done }
              - { outcome: no_answer, label: No answer, to: later }
          - id: later
            kind: Wait
            title: Wait an hour
            duration: PT1H
            next: ask
          - id: done
            kind: End
            title: Done
            outcome: resolved
        """;

    private static (WorkflowDefinition Definition, BottleneckReport Report) LoopReport()
    {
        var s = new BottleneckScenario();
        foreach (var minutes in new[] { 3.0, 2, 12, 4 })
        {
            var id = s.Case(Day, ("ask", minutes));
            s.End(id, "done", "resolved");
        }
        s.Case(Now.AddHours(-1), ("ask", 1), ("later", null));
        return (Yaml.Definition(Loop), s.Report());
    }

    [Fact]
    public void Each_node_gets_its_shade_and_a_label_with_p50_p90_and_counts()
    {
        var (definition, report) = LoopReport();

        var overlay = BottleneckOverlay.For(definition, report);

        var ask = overlay.Nodes["ask"];
        Assert.Equal(["p50 3m · p90 12m", "5 visits"], ask.Lines);
        Assert.Equal(HeatScale.Shades[^1], ask.Fill);
        Assert.Equal(["4 exits"], overlay.Nodes["done"].Lines);
        Assert.Equal(HeatScale.Shades[0], overlay.Nodes["done"].Fill);
        Assert.Equal(["no finished visits", "0 visits · 1 waiting"], overlay.Nodes["later"].Lines);
        Assert.Equal(HeatScale.NoData, overlay.Nodes["later"].Fill);
        Assert.Contains("1 waiting now, the longest for 59m", overlay.Nodes["later"].Description);
        Assert.Contains("5 passes finished by 5 cases, time in node p50 3m, p90 12m", ask.Description);
        Assert.Contains("4 cases ended here (4 completed, 0 cancelled, 0 abandoned)", overlay.Nodes["done"].Description);
        Assert.Contains("(12m)", overlay.Title);
        Assert.Equal(HeatScale.Shades.Count + 1, overlay.Legend.Count);
        Assert.Equal("p90 below 20 % of the slowest", overlay.Legend[0].Text);
        Assert.Equal("p90 40–60 % of the slowest", overlay.Legend[2].Text);
        Assert.Equal("p90 80 % of the slowest or more", overlay.Legend[4].Text);
        Assert.Null(ask.Link);
        Assert.Equal("bottlenecks?node=later", BottleneckOverlay.For(definition, report, id => $"bottlenecks?node={id}").Nodes["later"].Link);
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.19, 0)]
    [InlineData(0.2, 1)]
    [InlineData(0.6, 3)]
    [InlineData(0.8, 4)]
    [InlineData(1.0, 4)]
    public void Heat_falls_in_five_equal_steps(double heat, int step)
    {
        Assert.Equal(step, HeatScale.StepOf(heat));
        Assert.Equal(HeatScale.Shades[step], HeatScale.ColorOf(heat));
    }

    [Fact]
    public void The_overlay_is_drawn_into_the_svg_with_its_text_and_legend()
    {
        var (definition, report) = LoopReport();

        var svg = FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = BottleneckOverlay.For(definition, report) });

        var document = XDocument.Parse(svg);
        Assert.Contains("with time in node", (string?)document.Root!.Attribute("aria-label"));
        var ask = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-node-id") == "ask");
        Assert.Contains("overlaid", ((string?)ask.Attribute("class"))!.Split(' '));
        Assert.Equal($"fill:{HeatScale.Shades[^1]}", (string?)ask.Element(Svg + "rect")!.Attribute("style"));
        var note = ask.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "bf-note");
        Assert.Equal(["p50 3m · p90 12m", "5 visits"], note.Elements(Svg + "tspan").Select(t => t.Value));
        Assert.StartsWith("Try to reach the customer:", ask.Element(Svg + "desc")!.Value);
        var legend = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bf-legend");
        Assert.Equal(6, legend.Elements(Svg + "g").Count());
        Assert.Contains(legend.Descendants(Svg + "text"), t => t.Value == "no pass finished in the period");
    }
}

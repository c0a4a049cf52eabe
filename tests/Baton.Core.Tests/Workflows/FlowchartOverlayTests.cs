using System.Globalization;
using System.Xml.Linq;
using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class FlowchartOverlayTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Keys() => new(SampleFiles.Keys);

    private static FlowchartOverlay Overlay(WorkflowDefinition definition, int lines = 2) => new(
        "a test overlay",
        definition.Nodes.ToDictionary(n => n.Id, n => new NodeOverlay("#fdae6b",
            [.. Enumerable.Range(1, lines).Select(i => $"line {i} of {n.Id}"[..Math.Min(20, $"line {i} of {n.Id}".Length)])], $"About {n.Id}")),
        [new OverlayLegendEntry("#fdae6b", "warm"), new OverlayLegendEntry("#eceff1", "no data <none>")]);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Without_an_overlay_the_chart_is_exactly_the_plain_one(string key)
    {
        var definition = SampleFiles.Load(key);
        var plain = FlowchartRenderer.Render(definition);

        Assert.Equal(plain, FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = null }));
        Assert.DoesNotContain("bf-note", plain);
        Assert.DoesNotContain("bf-legend", plain);
        Assert.DoesNotContain("overlaid", plain);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Overlay_lines_sit_inside_their_node_shapes(string key)
    {
        var definition = SampleFiles.Load(key);
        var plain = FlowchartLayouter.Layout(definition, 40);
        var taller = FlowchartLayouter.Layout(definition, 40, 2);

        var document = XDocument.Parse(FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = Overlay(definition) }));

        foreach (var node in taller.Nodes)
        {
            var before = plain.Nodes.Single(n => n.Node.Id == node.Node.Id);
            Assert.Equal(before.Height + FlowchartLayouter.NoteRoom(node.Node.Kind, 2), node.Height);
            var g = document.Descendants(Svg + "g").Single(x => (string?)x.Attribute("data-node-id") == node.Node.Id);
            var spans = g.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "bf-note").Elements(Svg + "tspan").ToList();
            Assert.Equal(2, spans.Count);
            var titleBottom = g.Elements(Svg + "text").Single(t => (string?)t.Attribute("class") == "bf-title").Elements(Svg + "tspan")
                .Max(t => double.Parse((string)t.Attribute("y")!, CultureInfo.InvariantCulture));
            foreach (var span in spans)
            {
                var y = double.Parse((string)span.Attribute("y")!, CultureInfo.InvariantCulture);
                Assert.True(y > titleBottom, $"{node.Node.Id}: the note is under the title");
                var halfHeight = FlowchartLayouter.HalfHeightAt(node.Node.Kind, node.Width, node.Height, 50);
                Assert.True(Math.Abs(y - node.Y) + 4 < halfHeight, $"{node.Node.Id}: a 100px wide note line at y={y} fits inside the shape");
            }
        }
    }

    [Fact]
    public void The_legend_says_what_each_colour_means_and_the_chart_grows_to_hold_it()
    {
        var definition = SampleFiles.Load("inbound-purchase");
        var plain = XDocument.Parse(FlowchartRenderer.Render(definition));

        var drawn = XDocument.Parse(FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = Overlay(definition, 1) }));

        var legend = drawn.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "bf-legend");
        Assert.Equal(["A test overlay", "warm", "no data <none>"], legend.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Equal(["#fdae6b", "#eceff1"], legend.Descendants(Svg + "rect").Select(r => (string)r.Attribute("fill")!));
        Assert.True((double)drawn.Root!.Attribute("height")! > (double)plain.Root!.Attribute("height")!);
        Assert.Equal(definition.Nodes.Count, drawn.Descendants(Svg + "desc").Count());
        Assert.Equal("Flowchart of Inbound purchase, version 1, with a test overlay", (string?)drawn.Root.Attribute("aria-label"));
        Assert.Contains(".bf-note", drawn.Descendants(Svg + "style").Single().Value);
    }

    [Fact]
    public void Nodes_left_out_of_the_overlay_are_drawn_as_usual()
    {
        var definition = SampleFiles.Load("inbound-purchase");
        var first = definition.Nodes[0].Id;
        var overlay = new FlowchartOverlay("one node", new Dictionary<string, NodeOverlay> { [first] = new("#fee8c8", ["p50 1m"], "first") }, []);

        var document = XDocument.Parse(FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = overlay }));

        var overlaid = document.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? "").Split(' ').Contains("overlaid")).ToList();
        Assert.Equal([first], overlaid.Select(g => (string)g.Attribute("data-node-id")!));
        Assert.Single(document.Descendants(), e => e.Attribute("style") is not null);
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#fff")]
    [InlineData("#12345g")]
    [InlineData("#123456;stroke:red")]
    public void Colours_are_plain_hex_only(string fill)
    {
        Assert.Throws<ArgumentException>(() => new NodeOverlay(fill, [], "x"));
        Assert.Throws<ArgumentException>(() => new OverlayLegendEntry(fill, "x"));
    }

    [Fact]
    public void A_node_with_a_link_is_wrapped_in_an_svg_link()
    {
        var definition = SampleFiles.Load("inbound-purchase");
        var first = definition.Nodes[0].Id;
        var overlay = new FlowchartOverlay("linked", new Dictionary<string, NodeOverlay> { [first] = new("#fee8c8", [], "first", "workflows/x?node=a&b=1") }, []);

        var document = XDocument.Parse(FlowchartRenderer.Render(definition, new FlowchartOptions { Overlay = overlay }));

        var link = Assert.Single(document.Descendants(Svg + "a"));
        Assert.Equal("workflows/x?node=a&b=1", (string?)link.Attribute("href"));
        Assert.Equal(first, (string?)link.Element(Svg + "g")!.Attribute("data-node-id"));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://example.test/x")]
    [InlineData("data:text/html,x")]
    public void Node_links_are_relative_addresses_only(string link)
    {
        Assert.Throws<ArgumentException>(() => new NodeOverlay("#ffffff", [], "x", link));
    }

    [Fact]
    public void A_node_holds_at_most_two_lines()
    {
        Assert.Throws<ArgumentException>(() => new NodeOverlay("#ffffff", ["a", "b", "c"], "x"));
    }
}

using System.Xml.Linq;
using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class FlowchartRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Keys() => new(SampleFiles.Keys);

    private const string Loop = """
          - id: ask
            kind: Step
            title: Try to reach the customer <now> & "then"
            script: Call the customer.
            buttons:
              - { outcome: reached, label: "Reached & done", to: done }
              - { outcome: no_answer, label: "No answer <retry>", to: later }
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

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_sample_draws_well_formed_svg_with_one_group_per_node(string key)
    {
        var definition = SampleFiles.Load(key);
        var svg = FlowchartRenderer.Render(definition);

        var document = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", document.Root!.Name);
        var groups = document.Descendants(Svg + "g").Where(g => g.Attribute("data-node-id") is not null).ToList();
        Assert.Equal(definition.Nodes.Count, groups.Count);
        Assert.Equal(definition.Nodes.Select(n => n.Id).Order(), groups.Select(g => g.Attribute("data-node-id")!.Value).Order());
        Assert.Equal(definition.Edges.Count(), document.Descendants(Svg + "g").Count(g => g.Attribute("data-from") is not null));
    }

    [Fact]
    public void Node_shapes_follow_the_kind()
    {
        var document = XDocument.Parse(FlowchartRenderer.Render(SampleFiles.Load("inbound-purchase")));
        XElement Node(string id) => document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-node-id") == id);

        Assert.NotNull(Node("check_order_size").Element(Svg + "polygon"));                        // Decision: diamond
        Assert.Equal("2", (string?)Node("answer_questions").Element(Svg + "rect")!.Attribute("rx")); // Step: rectangle
        Assert.Equal("12", (string?)Node("hand_to_finance").Element(Svg + "rect")!.Attribute("rx")); // Handoff: rounded
        Assert.NotNull(Node("wait_for_payment").Elements(Svg + "path").SingleOrDefault(p => (string?)p.Attribute("class") == "bf-hourglass"));
        var pill = Node("sold").Element(Svg + "rect")!;
        Assert.Equal((double)pill.Attribute("height")! / 2, (double)pill.Attribute("rx")!);          // End: pill
    }

    [Fact]
    public void Highlight_and_changed_nodes_carry_their_classes()
    {
        var definition = SampleFiles.Load("headset-firmware-support");
        var first = definition.Nodes[0].Id;
        var second = definition.Nodes[1].Id;
        var svg = FlowchartRenderer.Render(definition, new FlowchartOptions
        {
            HighlightNodeId = first,
            ChangedNodeIds = new HashSet<string> { second },
        });

        var groups = XDocument.Parse(svg).Descendants(Svg + "g").Where(g => g.Attribute("data-node-id") is not null)
            .ToDictionary(g => g.Attribute("data-node-id")!.Value, g => g.Attribute("class")!.Value.Split(' '));
        Assert.Contains("highlight", groups[first]);
        Assert.DoesNotContain("changed", groups[first]);
        Assert.Contains("changed", groups[second]);
        Assert.Single(groups, g => g.Value.Contains("highlight"));
        Assert.Single(groups, g => g.Value.Contains("changed"));
    }

    [Fact]
    public void Text_is_escaped_and_labels_are_drawn()
    {
        var definition = Yaml.Definition(Loop);
        var svg = FlowchartRenderer.Render(definition);

        Assert.Contains("&lt;now&gt; &amp;", svg);
        var document = XDocument.Parse(svg);
        var labels = document.Descendants(Svg + "g").Where(g => g.Attribute("data-from") is not null)
            .SelectMany(g => g.Elements(Svg + "text")).Select(t => t.Nodes().OfType<XText>().Single().Value).ToList();
        Assert.Contains("Reached & done", labels);
        Assert.Contains("No answer <retry>", labels);
    }

    [Fact]
    public void A_loop_is_drawn_upward_without_breaking_the_layers()
    {
        var layout = FlowchartLayouter.Layout(Yaml.Definition(Loop));
        var layer = layout.Nodes.ToDictionary(n => n.Node.Id, n => n.Layer);

        Assert.Equal(0, layer["ask"]);
        Assert.Equal(1, layer["later"]);
        Assert.Equal(1, layer["done"]);
        var back = Assert.Single(layout.Edges, e => e.IsBackEdge);
        Assert.Equal(("later", "ask"), (back.Edge.From, back.Edge.To));
        Assert.True(back.Points[0].Y > back.Points[^1].Y, "the loop edge runs upward, back to the step");
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Forward_edges_go_down_and_nodes_do_not_overlap(string key)
    {
        var layout = FlowchartLayouter.Layout(SampleFiles.Load(key));
        foreach (var edge in layout.Edges.Where(e => !e.IsBackEdge))
        {
            Assert.True(edge.Points[^1].Y > edge.Points[0].Y, $"{edge.Edge.From} → {edge.Edge.To} should point down");
        }
        foreach (var a in layout.Nodes)
        {
            foreach (var b in layout.Nodes.Where(b => b != a && b.Layer == a.Layer))
            {
                Assert.True(Math.Abs(a.X - b.X) >= ((a.Width + b.Width) / 2) - 0.01, $"{a.Node.Id} overlaps {b.Node.Id}");
            }
            Assert.True(a.X - (a.Width / 2) >= 0 && a.X + (a.Width / 2) <= layout.Width, $"{a.Node.Id} is inside the drawing");
        }
    }

    [Fact]
    public void Layers_follow_the_longest_path_from_the_start()
    {
        var layout = FlowchartLayouter.Layout(SampleFiles.Load("inbound-purchase"));
        var layer = layout.Nodes.ToDictionary(n => n.Node.Id, n => n.Layer);

        Assert.Equal(0, layer["answer_questions"]);
        Assert.Equal(1, layer["confirm_details"]);
        Assert.Equal(1, layer["no_sale"]);
        Assert.Equal(2, layer["check_order_size"]);
        Assert.Equal(6, layer["sold"]);
    }

    [Fact]
    public void Same_definition_same_drawing()
    {
        var definition = SampleFiles.Load("outbound-upgrade-campaign");
        Assert.Equal(FlowchartRenderer.Render(definition), FlowchartRenderer.Render(definition));
    }

    [Fact]
    public void Long_titles_wrap_and_are_cut_with_an_ellipsis()
    {
        var lines = FlowchartLayouter.Wrap(string.Join(' ', Enumerable.Repeat("word", 60)));
        Assert.Equal(FlowchartLayouter.MaxLines, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= FlowchartLayouter.CharsPerLine));
        Assert.EndsWith("…", lines[^1]);
    }
}

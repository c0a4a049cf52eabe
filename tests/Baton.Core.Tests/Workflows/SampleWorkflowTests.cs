using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class SampleWorkflowTests
{
    public static TheoryData<string> Keys() => new(SampleFiles.Keys);

    [Theory]
    [MemberData(nameof(Keys))]
    public void Sample_validates_clean(string key)
    {
        var path = SampleFiles.DefinitionPath(key);
        var result = WorkflowReader.Read(File.ReadAllText(path), Path.GetFileName(path));

        Assert.Empty(result.FormatProblems());
        Assert.Equal(key, result.Definition!.Key);
        Assert.Equal("manager", result.Definition.Owner);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Sample_passes_its_test_cases(string key)
    {
        var definition = SampleFiles.Load(key);
        var path = SampleFiles.TestCasesPath(key);
        var cases = WorkflowTestCaseReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        Assert.Empty(cases.FormatProblems());
        Assert.NotEmpty(cases.Cases);

        var results = WorkflowTestRunner.Run(definition, cases.Cases);

        var failures = results.Where(r => !r.Passed).Select(r => $"{r.Name}: {string.Join(" ", r.Differences)}");
        Assert.Empty(failures);
    }

    [Fact]
    public void Every_sample_node_kind_is_shipped_somewhere()
    {
        var kinds = SampleFiles.Keys.SelectMany(k => SampleFiles.Load(k).Nodes).Select(n => n.Kind).ToHashSet();

        Assert.Equal(Enum.GetValues<NodeKind>().ToHashSet(), kinds);
    }

    [Fact]
    public void Return_sample_gives_the_follow_up_to_Finance()
    {
        var definition = SampleFiles.Load("product-return-missing-finance-details");
        var handoff = Assert.Single(definition.Nodes.OfType<HandoffNode>());

        Assert.Equal("Finance", handoff.Department);
        Assert.Equal(FollowUpOwner.Receiver, handoff.FollowUpOwner);
    }
}

using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class WorkflowComparisonTests
{
    [Fact]
    public void Added_removed_and_changed_nodes_are_found_and_layout_alone_is_no_change()
    {
        var before = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                next: done
              - id: old
                kind: End
                title: Old
                outcome: resolved
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);
        var after = Yaml.Workflow("""
              # a comment and flow style change nothing
              - { id: ask, kind: Step, next: done, title: Ask }
              - id: done
                kind: End
                title: Done, finally
                outcome: resolved
              - id: extra
                kind: End
                title: Extra
                outcome: sold
            """);

        var changes = WorkflowComparison.Compare(before, after);

        Assert.Equal(["extra"], changes.Added);
        Assert.Equal(["old"], changes.Removed);
        Assert.Equal(["done"], changes.Changed);
        Assert.Equal(new HashSet<string> { "extra", "done" }, changes.ChangedOrAdded);
    }

    [Fact]
    public void Unreadable_text_has_no_nodes()
    {
        Assert.Empty(WorkflowComparison.CanonicalNodes("nodes: [unclosed"));
        Assert.Empty(WorkflowComparison.CanonicalNodes("- just a list"));
    }
}

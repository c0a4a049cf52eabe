using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

/// <summary>One test per problem class; each asserts the 1-based line and column the author is sent to.</summary>
public class WorkflowValidatorTests
{
    private const string AskThenDone = """
          - id: ask
            kind: Step
            title: Ask
            script: Ask it.
            next: done
          - id: done
            kind: End
            title: Done
            outcome: resolved
        """;

    [Fact]
    public void A_valid_workflow_has_no_problems_and_a_definition()
    {
        var result = WorkflowReader.Read(Yaml.Workflow(AskThenDone), "demo.yaml");

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Definition);
        Assert.Equal(["ask", "done"], result.Definition.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_where_the_parser_stopped()
    {
        var problem = Yaml.Single("key: demo\ntitle: \"unterminated\nowner: x\n", ProblemCodes.YamlSyntax);

        Yaml.AssertAt(problem, 2, 8);
    }

    [Fact]
    public void Unclosed_flow_list_is_a_syntax_error_where_the_file_ends()
    {
        Yaml.AssertAt(Yaml.Single("key: demo\ntitle: [a, b\n", ProblemCodes.YamlSyntax), 3, 1);
        // YamlDotNet fails with InvalidOperationException on this one; it is still reported, at the end of the file.
        Yaml.AssertAt(Yaml.Single("key: [a, b\ntitle: x", ProblemCodes.YamlSyntax), 2, 9);
    }

    [Fact]
    public void Duplicate_yaml_key_is_a_syntax_error()
    {
        var problem = Yaml.Single("key: demo\nkey: again\n", ProblemCodes.YamlSyntax);

        Yaml.AssertAt(problem, 2, 1);
    }

    [Fact]
    public void Unknown_node_kind_is_reported_at_the_kind_without_cascading()
    {
        var problems = Yaml.Problems(AskThenDone.Replace("kind: End", "kind: Teleport"));

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.UnknownKind, problem.Code);
        Yaml.AssertAt(problem, 14, 11);
        Assert.Contains("Teleport", problem.Message);
    }

    [Fact]
    public void Unknown_root_field_is_reported_at_its_key()
    {
        var yaml = Yaml.Workflow(AskThenDone).Replace("version: 1\n", "version: 1\ncolour: red\n");

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.UnknownField), 5, 1);
    }

    [Fact]
    public void Unknown_node_field_is_reported_at_its_key()
    {
        var problem = Yaml.Single(Yaml.Workflow(AskThenDone.Replace("    script: Ask it.\n", "    script: Ask it.\n    colour: red\n")), ProblemCodes.UnknownField);

        Yaml.AssertAt(problem, 12, 5);
        Assert.Contains("'colour'", problem.Message);
    }

    [Fact]
    public void Unknown_question_field_is_reported_at_its_key()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                questions:
                  - id: q1
                    text: Q?
                    hint: x
                next: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.UnknownField), 15, 9);
    }

    [Fact]
    public void Unknown_condition_field_is_reported_at_its_key()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                questions:
                  - id: q1
                    text: Q?
                    type: yesno
                next: route
              - id: route
                kind: Decision
                title: Route
                branches:
                  - when: { answer: q1, equals: "yes", ignoreCase: true }
                    to: done
                default: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.UnknownField), 21, 44);
    }

    [Fact]
    public void Missing_node_field_is_reported_at_the_node()
    {
        var problem = Yaml.Single(Yaml.Workflow(AskThenDone.Replace("    title: Ask\n", "")), ProblemCodes.MissingField);

        Yaml.AssertAt(problem, 8, 5);
        Assert.Contains("'title'", problem.Message);
    }

    [Fact]
    public void Missing_root_field_is_reported_at_the_top()
    {
        var problem = Yaml.Single(Yaml.Workflow(AskThenDone).Replace("owner: manager\n", ""), ProblemCodes.MissingField);

        Yaml.AssertAt(problem, 1, 1);
        Assert.Contains("'owner'", problem.Message);
    }

    [Fact]
    public void Duplicate_node_id_is_reported_at_the_second_id()
    {
        var yaml = Yaml.Workflow(AskThenDone + "\n" + """
              - id: done
                kind: End
                title: Done again
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.DuplicateNodeId);
        Yaml.AssertAt(problem, 17, 9);
        Assert.Contains("line 13", problem.Message);
    }

    [Fact]
    public void Dangling_edge_is_reported_at_the_target()
    {
        var problem = Yaml.Single(Yaml.Workflow(AskThenDone.Replace("next: done", "next: nowhere")), ProblemCodes.DanglingEdge);

        Yaml.AssertAt(problem, 12, 11);
        Assert.Contains("'nowhere'", problem.Message);
    }

    [Fact]
    public void Dangling_start_is_reported_at_start()
    {
        var yaml = Yaml.Workflow(AskThenDone).Replace("start: ask", "start: begin");

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.DanglingEdge), 6, 8);
    }

    [Fact]
    public void Two_buttons_with_one_outcome_are_a_duplicate_edge()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                buttons:
                  - outcome: agreed
                    to: done
                  - outcome: agreed
                    to: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.DuplicateEdge), 15, 18);
    }

    [Fact]
    public void Two_branches_with_the_same_condition_are_a_duplicate_edge()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Decision
                title: Ask
                branches:
                  - when: { keywords: [refund] }
                    to: done
                  - when: { keywords: [refund] }
                    to: other
                default: done
              - id: other
                kind: End
                title: Other
                outcome: escalated
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.DuplicateEdge);
        Yaml.AssertAt(problem, 14, 15);
        Assert.Contains("branch 1", problem.Message);
    }

    [Fact]
    public void Step_with_both_next_and_buttons_has_conflicting_exits()
    {
        var yaml = Yaml.Workflow(AskThenDone.Replace("    next: done\n", "    next: done\n    buttons:\n      - outcome: ok\n        to: done\n"));

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.ConflictingExits), 12, 5);
    }

    [Fact]
    public void Unreachable_node_is_reported_at_its_id()
    {
        var yaml = Yaml.Workflow(AskThenDone + "\n" + """
              - id: orphan
                kind: End
                title: Orphan
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.UnreachableNode);
        Yaml.AssertAt(problem, 17, 9);
        Assert.Contains("'orphan'", problem.Message);
    }

    [Fact]
    public void Dead_end_is_a_non_end_node_without_a_way_out()
    {
        var problems = Yaml.Problems(AskThenDone.Replace("    next: done\n", ""));

        Yaml.AssertAt(problems.Single(p => p.Code == ProblemCodes.DeadEnd), 8, 9);
        Yaml.AssertAt(problems.Single(p => p.Code == ProblemCodes.UnreachableNode), 12, 9);
        Assert.DoesNotContain(problems, p => p.Code == ProblemCodes.NoPathToEnd);
    }

    [Fact]
    public void A_loop_with_no_way_to_an_end_is_reported_for_each_node()
    {
        var problems = Yaml.Problems("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                next: pause
              - id: pause
                kind: Wait
                title: Pause
                duration: PT1H
                next: ask
            """);

        var stuck = problems.Where(p => p.Code == ProblemCodes.NoPathToEnd).ToList();
        Assert.Equal(2, stuck.Count);
        Yaml.AssertAt(stuck[0], 8, 9);
        Yaml.AssertAt(stuck[1], 13, 9);
        Assert.DoesNotContain(problems, p => p.Code == ProblemCodes.CycleWithoutWait);
    }

    [Fact]
    public void Decision_without_default_is_reported_at_its_id()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Decision
                title: Ask
                branches:
                  - when: { keywords: [refund] }
                    to: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.MissingDefault);
        Yaml.AssertAt(problem, 8, 9);
    }

    [Fact]
    public void Handoff_without_department_or_skill_is_reported_at_its_id()
    {
        var problem = Yaml.Single(Yaml.Workflow(Handoff("followUpOwner: receiver")), ProblemCodes.HandoffWithoutTarget);

        Yaml.AssertAt(problem, 8, 9);
    }

    [Fact]
    public void Handoff_without_follow_up_owner_is_reported_at_its_id()
    {
        var problem = Yaml.Single(Yaml.Workflow(Handoff("department: Finance")), ProblemCodes.HandoffWithoutFollowUpOwner);

        Yaml.AssertAt(problem, 8, 9);
    }

    [Fact]
    public void Handoff_with_a_skill_only_is_valid()
    {
        var node = Assert.IsType<HandoffNode>(Yaml.Definition(Handoff("skill: firmware\n    followUpOwner: department")).Nodes[0]);

        Assert.Null(node.Department);
        Assert.Equal("firmware", node.Skill);
        Assert.Equal(FollowUpOwner.Department, node.FollowUpOwner);
    }

    [Fact]
    public void Condition_on_an_undefined_answer_is_reported_at_the_answer()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Decision
                title: Ask
                branches:
                  - when: { answer: nope, equals: "yes" }
                    to: done
                default: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.UndefinedAnswer);
        Yaml.AssertAt(problem, 12, 25);
        Assert.Contains("'nope'", problem.Message);
    }

    [Fact]
    public void Template_placeholder_with_an_undefined_answer_is_reported_at_the_template()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Callback
                title: Ask
                due: PT1H
                what: "Call about {{answers.order}}"
                next: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.UndefinedAnswer), 12, 11);
    }

    [Fact]
    public void Loop_without_a_wait_is_reported_once_at_its_first_node()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                next: check
              - id: check
                kind: Decision
                title: Check
                branches:
                  - when: { keywords: [again] }
                    to: ask
                default: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.CycleWithoutWait);
        Yaml.AssertAt(problem, 8, 9);
        Assert.Contains("'ask', 'check'", problem.Message);
    }

    [Fact]
    public void Self_loop_without_a_wait_is_a_cycle()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Decision
                title: Ask
                branches:
                  - when: { keywords: [again] }
                    to: ask
                default: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.CycleWithoutWait), 8, 9);
    }

    [Fact]
    public void Loop_through_a_wait_is_allowed()
    {
        Yaml.Definition("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                next: check
              - id: check
                kind: Decision
                title: Check
                branches:
                  - when: { keywords: [again] }
                    to: pause
                default: done
              - id: pause
                kind: Wait
                title: Pause
                duration: PT1H
                next: ask
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);
    }

    [Theory]
    [InlineData("    due: 4 hours", 11, 10)]
    [InlineData("    due: -PT1H", 11, 10)]
    public void Bad_duration_is_an_invalid_value(string dueLine, int line, int column)
    {
        var yaml = Yaml.Workflow(Handoff("department: Finance\n    followUpOwner: receiver").Replace("    due: PT4H", dueLine));

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.InvalidValue), line, column);
    }

    [Fact]
    public void Unknown_end_outcome_is_an_invalid_value()
    {
        var problem = Yaml.Single(Yaml.Workflow(AskThenDone.Replace("outcome: resolved", "outcome: happy")), ProblemCodes.InvalidValue);

        Yaml.AssertAt(problem, 16, 14);
    }

    [Fact]
    public void Unknown_follow_up_owner_is_an_invalid_value()
    {
        var problem = Yaml.Single(Yaml.Workflow(Handoff("department: Finance\n    followUpOwner: somebody")), ProblemCodes.InvalidValue);

        Yaml.AssertAt(problem, 13, 20);
    }

    [Fact]
    public void Unknown_placeholder_is_an_invalid_value()
    {
        var yaml = Yaml.Workflow(Handoff("department: Finance\n    followUpOwner: receiver\n    what: \"Call {{customer}}\""));

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.InvalidValue), 14, 11);
    }

    [Fact]
    public void Question_ids_must_be_unique_in_the_workflow()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Step
                title: Ask
                script: Ask it.
                questions:
                  - id: q1
                    text: First?
                  - id: q1
                    text: Again?
                next: done
              - id: done
                kind: End
                title: Done
                outcome: resolved
            """);

        Yaml.AssertAt(Yaml.Single(yaml, ProblemCodes.DuplicateQuestionId), 15, 13);
    }

    [Fact]
    public void Every_problem_is_reported_in_file_order_not_just_the_first()
    {
        var yaml = Yaml.Workflow(AskThenDone.Replace("next: done", "next: nowhere").Replace("kind: End", "kind: Finish")).Replace("owner: manager\n", "");

        var codes = WorkflowReader.Read(yaml).Problems.Select(p => p.Code).ToList();

        Assert.Equal([ProblemCodes.MissingField, ProblemCodes.DanglingEdge, ProblemCodes.UnreachableNode, ProblemCodes.UnknownKind], codes);
    }

    [Fact]
    public void Problems_format_as_file_line_column_message()
    {
        var result = WorkflowReader.Read(Yaml.Workflow(AskThenDone.Replace("next: done", "next: nowhere")), "samples/demo.yaml");

        Assert.Equal(
            [
                "samples/demo.yaml:12:11: Node 'ask' goes to 'nowhere' (next), which is not a node of this workflow.",
                "samples/demo.yaml:13:9: Node 'done' can never be reached from the start node 'ask'.",
            ],
            result.FormatProblems());
        Assert.Null(result.Definition);
    }

    [Fact]
    public void Empty_value_is_an_invalid_value_even_for_an_optional_field()
    {
        var yaml = Yaml.Workflow("""
              - id: ask
                kind: Decision
                title: Ask
                branches:
                  - when: { keywords: [refund] }
                    to: done
                default:
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);

        var problem = Yaml.Single(yaml, ProblemCodes.InvalidValue);
        Yaml.AssertAt(problem, 14, 13);
        Assert.Null(WorkflowReader.Read(yaml).Definition);
    }

    [Fact]
    public void Empty_file_is_one_problem()
    {
        var problem = Assert.Single(WorkflowReader.Read("").Problems);

        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Yaml.AssertAt(problem, 1, 1);
    }

    private static string Handoff(string fields) => $"""
          - id: ask
            kind: Handoff
            title: Hand off
            due: PT4H
            {fields}
            next: done
          - id: done
            kind: End
            title: Done
            outcome: resolved
        """;
}

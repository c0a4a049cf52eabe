using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class WorkflowTestRunnerTests
{
    private const string Nodes = """
          - id: ask
            kind: Step
            title: Ask
            script: Ask it.
            questions:
              - { id: wants, text: Wants it?, type: yesno }
            next: route
          - id: route
            kind: Decision
            title: Route
            branches:
              - when: { answer: wants, equals: "yes" }
                to: pause
            default: nope
          - { id: pause, kind: Wait, title: Pause, duration: PT2H, next: sold }
          - { id: sold, kind: End, title: Sold, outcome: sold }
          - { id: nope, kind: End, title: Nope, outcome: not_interested }
        """;

    [Fact]
    public void Passing_case_reports_no_differences()
    {
        var result = RunCases("""
            - name: Buys after two hours
              steps:
                - at: ask
                  answers: { wants: "yes" }
                - at: pause
                  elapse: PT2H
              expect:
                path: [ask, route, pause, sold]
                outcome: sold
                effects: [wait until 2025-01-06T11:00:00.000000Z, case ended sold]
            """);

        Assert.True(result.Passed, string.Join(" ", result.Differences));
        Assert.Equal("sold", result.ActualOutcome);
    }

    [Fact]
    public void Failing_case_lists_every_difference()
    {
        var result = RunCases("""
            - name: Wrong expectations
              steps:
                - answers: { wants: "no" }
              expect:
                path: [ask, route, sold]
                outcome: sold
                effects: [case ended sold]
            """);

        Assert.False(result.Passed);
        Assert.Equal(
            [
                "path: expected [ask, route, sold], got [ask, route, nope].",
                "outcome: expected sold, got not_interested.",
                "effects: expected [case ended sold], got [case ended not_interested].",
            ],
            result.Differences);
    }

    [Fact]
    public void Being_at_the_wrong_node_stops_the_case_with_a_difference()
    {
        var result = RunCases("""
            - name: Expects to be elsewhere
              steps:
                - at: pause
                  elapse: PT2H
              expect:
                path: [ask]
                status: Running
            """);

        Assert.Equal(["step 1 (line 3): expected to be at 'pause', but the case is at 'ask'."], result.Differences);
    }

    [Fact]
    public void Refused_input_is_a_difference_not_a_crash()
    {
        var result = RunCases("""
            - name: Forgets the answer
              steps:
                - answers: {}
              expect:
                path: [ask, route, nope]
            """);

        Assert.False(result.Passed);
        Assert.StartsWith("step 1 (line 3) at 'ask': Question 'wants' needs an answer.", result.Differences[0]);
    }

    [Fact]
    public void Test_case_file_problems_carry_positions()
    {
        var read = WorkflowTestCaseReader.Read("""
            - name: Broken
              steps:
                - answers: { wants: "yes" }
                  event: paid
                  colour: red
              expect:
                status: Sleeping
            """, "demo.tests.yaml");

        Assert.Equal(
            [
                "demo.tests.yaml:3:7: A step of Test case 'Broken' mixes event, elapse and step answers; use one per step.",
                "demo.tests.yaml:5:7: A step of Test case 'Broken' has unknown field 'colour'; known fields: at, answers, outcome, notes, sentiment, fields, event, elapse.",
                "demo.tests.yaml:7:5: Test case 'Broken' expect needs 'path'.",
                "demo.tests.yaml:7:13: Test case 'Broken' expect: status must be Running, Waiting or Completed, not 'Sleeping'.",
            ],
            read.FormatProblems());
    }

    private static WorkflowTestCaseResult RunCases(string yaml)
    {
        var read = WorkflowTestCaseReader.Read(yaml, "demo.tests.yaml");
        Assert.Empty(read.FormatProblems());
        return Assert.Single(WorkflowTestRunner.Run(Yaml.Definition(Nodes), read.Cases));
    }
}

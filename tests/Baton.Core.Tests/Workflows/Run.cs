using Baton.Core.Workflows;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Core.Tests.Workflows;

/// <summary>Drives the runner with a fake clock so instants in tests are exact.</summary>
internal sealed class Run
{
    public static readonly DateTimeOffset Epoch = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    private Run(WorkflowDefinition definition, FakeTimeProvider clock, WorkflowStepResult result)
    {
        Definition = definition;
        Clock = clock;
        Last = result;
    }

    public WorkflowDefinition Definition { get; }
    public FakeTimeProvider Clock { get; }
    public WorkflowStepResult Last { get; private set; }
    public WorkflowState State => Last.State;
    public DateTime Now => Instants.FromTimeProvider(Clock);

    public static Run Start(string nodes, WorkflowCaseContext? context = null)
    {
        var definition = Yaml.Definition(nodes);
        var clock = new FakeTimeProvider(Epoch);
        return new Run(definition, clock, WorkflowRunner.Start(definition, context ?? WorkflowCaseContext.Empty, Instants.FromTimeProvider(clock)));
    }

    public WorkflowStepResult Advance(WorkflowInput input) => Last = WorkflowRunner.Advance(Definition, State, input, Now);

    public WorkflowStepResult Complete(string? outcome = null, params (string Id, string Value)[] answers) =>
        Advance(new StepCompleted(answers.ToDictionary(a => a.Id, a => a.Value), outcome));

    public WorkflowStepResult Resume() => Last = WorkflowRunner.Resume(Definition, State, Now);

    public Run Elapse(TimeSpan time)
    {
        Clock.Advance(time);
        return this;
    }
}

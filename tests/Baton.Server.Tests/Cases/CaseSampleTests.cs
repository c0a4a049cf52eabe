using Baton.Core.Workflows;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Cases;

/// <summary>Each shipped sample, driven through the API by its own test cases (samples/workflows/*.tests.yaml).</summary>
public abstract class CaseSampleTests(BatonApp app)
{
    public static TheoryData<string> Samples() =>
        new(Directory.GetFiles(CaseClient.SamplesFolder(), "*.tests.yaml").Select(f => System.IO.Path.GetFileName(f)[..^".tests.yaml".Length]).Order());

    [SkippableTheory]
    [MemberData(nameof(Samples))]
    public async Task Each_sample_runs_through_the_api_as_its_test_cases_expect(string key)
    {
        var file = System.IO.Path.Combine(CaseClient.SamplesFolder(), $"{key}.tests.yaml");
        var read = WorkflowTestCaseReader.Read(await File.ReadAllTextAsync(file), file);
        Assert.True(read.IsValid, string.Join("\n", read.FormatProblems()));
        Assert.NotEmpty(read.Cases);
        var agent = await app.SignInAsync("agent");

        foreach (var testCase in read.Cases)
        {
            var name = testCase.Context.Fields.GetValueOrDefault("customer.name") ?? $"Sample customer {Guid.NewGuid():N}"[..30];
            var customerId = await CaseClient.CreateCustomerAsync(agent, name);
            var detail = await CaseClient.StartAsync(agent, customerId, key, new
            {
                customerId,
                workflowKey = key,
                fields = testCase.Context.Fields.Where(f => !f.Key.StartsWith("customer.", StringComparison.Ordinal)).ToDictionary(),
                text = testCase.Context.Text,
                sentiment = testCase.Context.Sentiment is { } s ? SentimentTags.Name(s) : null,
            });
            var id = detail.GetProperty("id").GetGuid();
            Assert.Equal(1, detail.GetProperty("workflowVersion").GetInt32());
            foreach (var step in testCase.Steps)
            {
                if (step.At is { } at)
                {
                    Assert.True(at == detail.GetProperty("currentNode").GetProperty("id").GetString(), $"{testCase.Name}: expected to be at {at}");
                }
                if (step.Elapse is { } elapse)
                {
                    app.Time.Advance(elapse);
                    await app.Services.GetRequiredService<TimerDispatcher>().FireDueAsync();
                    detail = await CaseClient.GetAsync(agent, id);
                }
                else if (step.Input is EventReceived received)
                {
                    detail = await CaseClient.EventAsync(agent, id, received.Name);
                }
                else if (step.Input is StepCompleted completed)
                {
                    detail = await CaseClient.AdvanceAsync(agent, id, CaseClient.StepBody(completed));
                }
            }

            Assert.True(testCase.ExpectedPath.SequenceEqual(CaseClient.Path(detail)),
                $"{testCase.Name}: path [{string.Join(", ", CaseClient.Path(detail))}]");
            if (testCase.ExpectedOutcome is { } outcome)
            {
                Assert.Equal(outcome, detail.GetProperty("endOutcome").GetString());
                Assert.Equal("Completed", detail.GetProperty("status").GetString());
                Assert.NotEqual(System.Text.Json.JsonValueKind.Null, detail.GetProperty("closedAt").ValueKind);
            }
            if (testCase.ExpectedStatus is { } status)
            {
                Assert.Equal(status.ToString(), detail.GetProperty("status").GetString());
            }
            // Every commitment effect of the expected list became a real commitment linked from the case.
            var expectedCommitments = (testCase.ExpectedEffects ?? []).Count(e => e.StartsWith("handoff", StringComparison.Ordinal) || e.StartsWith("callback", StringComparison.Ordinal));
            if (testCase.ExpectedEffects is not null)
            {
                Assert.Equal(expectedCommitments, detail.GetProperty("commitments").GetArrayLength());
            }
        }
    }
}

public sealed class CaseSampleTestsOnSqlite(SqliteApp app) : CaseSampleTests(app), IClassFixture<SqliteApp>;

public sealed class CaseSampleTestsOnPostgres(PostgresApp app) : CaseSampleTests(app), IClassFixture<PostgresApp>;

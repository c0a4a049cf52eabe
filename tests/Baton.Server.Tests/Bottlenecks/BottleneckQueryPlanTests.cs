using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Bottlenecks;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Bottlenecks;

/// <summary>
/// A report reads a workflow's visits through the (WorkflowKey, LeftAt) index, both its ranges (left in the period, still
/// open), so a workflow with a long history answers from the period's rows only, not from its every visit.
/// </summary>
public abstract class BottleneckQueryPlanTests(BatonApp app)
{
    private const string Index = "IX_case_visits_WorkflowKey_LeftAt";

    [SkippableFact]
    public async Task Visits_are_read_through_the_workflow_and_leaving_instant_index()
    {
        var period = new Period(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc));

        var plans = await app.WithDbAsync(async db => new[]
        {
            await PlanAsync(db, BottleneckQuery.Visits(db, "inbound-purchase", period, null)),
            await PlanAsync(db, BottleneckQuery.Visits(db, "inbound-purchase", period, "answer_questions")),
        });

        foreach (var plan in plans)
        {
            Assert.True(plan.Split(Index).Length - 1 >= 2, $"both ranges should use {Index}:\n{plan}");
        }
    }

    private async Task<string> PlanAsync(BatonDb db, IQueryable<BottleneckQuery.VisitRow> query)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = query.CreateDbCommand();
        if (app.Provider == DatabaseProvider.Postgres)
        {
            // A fresh test database has a handful of rows, where a sequential scan is cheaper; ask whether the index serves.
            await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            command.CommandText = "EXPLAIN " + command.CommandText;
        }
        else
        {
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        }
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString() ?? "");
        }
        return string.Join('\n', lines);
    }
}

public sealed class BottleneckQueryPlanTestsOnSqlite(SqliteApp app) : BottleneckQueryPlanTests(app), IClassFixture<SqliteApp>;

public sealed class BottleneckQueryPlanTestsOnPostgres(PostgresApp app) : BottleneckQueryPlanTests(app), IClassFixture<PostgresApp>;

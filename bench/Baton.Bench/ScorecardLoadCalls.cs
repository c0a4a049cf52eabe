using Baton.Core.Metrics;
using Baton.Server.Features.Interactions;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using static Baton.Bench.ScorecardLoad;

namespace Baton.Bench;

/// <summary>
/// The calls of the generated year for <c>scorecard-load</c>: N calls queued evenly over the year from 200,000
/// customers, 95 % answered by a random agent and wrapped up (two in three resolved, one of eight topics; one in twenty
/// never classified), 5 % abandoned; one answered call in ten has a survey score. Each call carries the repeat gap the
/// product keeps (<see cref="RepeatContactTracking"/>), computed with the same rules as the calls stream by in time order.
/// </summary>
internal static class ScorecardLoadCalls
{
    internal static readonly string[] Tables = ["interactions", "interaction_surveys"];
    private static readonly string[] Topics = ["billing", "delivery", "returns", "refund", "password reset", "upgrade", "outage", "invoice copy"];
    private static readonly Guid QueueId = Guid.CreateVersion7();

    internal sealed record Call(
        Guid Id, long Number, Guid CustomerId, Guid? AgentId, DateTime QueuedAt, DateTime? AnsweredAt, DateTime EndedAt, double? TalkSeconds,
        string? Topic, bool? Resolved, DateTime? WrappedUpAt, double? WrapUpSeconds, double? HandleSeconds, int? Score)
    {
        public double? RepeatGapSeconds { get; set; }
    }

    internal static IEnumerable<Call> Generate(int calls, int seed, Guid[] agents, DateTime end)
    {
        var random = new Random(seed + 1);
        var start = end.AddDays(-365);
        var span = (end - start).Ticks;
        var customers = Enumerable.Range(0, 200_000).Select(_ => Guid.CreateVersion7()).ToArray();
        var horizon = RepeatContactTracking.Horizon;
        // Calls whose repeat gap may still change: released once a call past their horizon arrives.
        var pending = new Queue<Call>();
        var pendingByCustomer = new Dictionary<Guid, List<Call>>();
        for (long n = 0; n < calls; n++)
        {
            var queued = Baton.Core.Instants.Normalize(start.AddTicks(span / calls * n + random.NextInt64(span / calls)));
            var customer = customers[random.Next(customers.Length)];
            var call = NewCall(random, n, customer, agents, queued);
            while (pending.Count > 0 && queued - pending.Peek().QueuedAt > horizon)
            {
                var done = pending.Dequeue();
                var list = pendingByCustomer[done.CustomerId];
                list.Remove(done);
                if (list.Count == 0)
                {
                    pendingByCustomer.Remove(done.CustomerId);
                }
                yield return done;
            }
            if (pendingByCustomer.TryGetValue(customer, out var earlier))
            {
                var later = new Contact(call.Id, call.QueuedAt, call.Topic);
                foreach (var e in earlier.Where(e => e.RepeatGapSeconds is null && RepeatContacts.Repeats(later, new Contact(e.Id, e.QueuedAt, e.Topic))))
                {
                    e.RepeatGapSeconds = (call.QueuedAt - e.QueuedAt).TotalSeconds;
                }
                earlier.Add(call);
            }
            else
            {
                pendingByCustomer[customer] = [call];
            }
            pending.Enqueue(call);
        }
        while (pending.Count > 0)
        {
            yield return pending.Dequeue();
        }
    }

    private static Call NewCall(Random random, long n, Guid customer, Guid[] agents, DateTime queued)
    {
        var id = Guid.CreateVersion7(queued);
        if (random.Next(100) < 5)
        {
            return new Call(id, n, customer, null, queued, null, queued.AddSeconds(10 + random.Next(300)), null, null, null, null, null, null, null);
        }
        var answered = queued.AddSeconds(5 + random.Next(120));
        var talk = 60 + random.Next(15 * 60) + (random.Next(10) == 0 ? random.Next(30 * 60) : 0);
        var ended = answered.AddSeconds(talk);
        var agent = agents[random.Next(agents.Length)];
        if (random.Next(20) == 0)
        {
            return new Call(id, n, customer, agent, queued, answered, ended, talk, null, null, null, null, talk, null);
        }
        var wrapUp = 10 + random.Next(240);
        int? score = random.Next(10) == 0 ? 1 + random.Next(5) : null;
        return new Call(id, n, customer, agent, queued, answered, ended, talk, Topics[random.Next(Topics.Length)], random.Next(3) > 0,
            ended.AddSeconds(wrapUp), wrapUp, talk + wrapUp, score);
    }

    internal static async Task InsertSqliteAsync(SqliteConnection connection, IEnumerable<Call> calls)
    {
        var call = Prepare(connection,
            "INSERT INTO interactions (Id, CallId, Caller, CallerNumber, QueueId, QueueName, CustomerId, AgentId, Status, QueuedAt, AnsweredAt, EndedAt, " +
            "WaitSeconds, TalkSeconds, HoldSeconds, HungUpBy, TransferredTo, Topic, Resolved, WrappedUpAt, WrapUpSeconds, HandleSeconds, RepeatGapSeconds, " +
            "EventCount, CreatedAt, UpdatedAt, Version) VALUES ($id, $callId, '+12025550100', '+12025550100', $queue, 'support', $customer, $agent, $status, " +
            "$queued, $answered, $ended, $wait, $talk, 0, 'caller', '[]', $topic, $resolved, $wrapped, $wrapUp, $handle, $gap, 3, $queued, $ended, 1)",
            "$id", "$callId", "$queue", "$customer", "$agent", "$status", "$queued", "$answered", "$ended", "$wait", "$talk", "$topic", "$resolved",
            "$wrapped", "$wrapUp", "$handle", "$gap");
        var survey = Prepare(connection,
            "INSERT INTO interaction_surveys (InteractionId, HandledById, InteractionAt, Score, ReceivedAt) VALUES ($id, $agent, $queued, $score, $received)",
            "$id", "$agent", "$queued", "$score", "$received");
        SqliteTransaction? transaction = null;
        var count = 0;
        foreach (var c in calls)
        {
            if (count++ % 100_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync();
                }
                transaction = connection.BeginTransaction();
                call.Transaction = transaction;
                survey.Transaction = transaction;
            }
            await Run(call, Text(c.Id), $"bench-{c.Number}", Text(QueueId), Text(c.CustomerId), Text(c.AgentId), Status(c), Text(c.QueuedAt), Text(c.AnsweredAt),
                Text(c.EndedAt), (object?)(c.AnsweredAt - c.QueuedAt)?.TotalSeconds ?? DBNull.Value, (object?)c.TalkSeconds ?? DBNull.Value,
                (object?)c.Topic ?? DBNull.Value, c.Resolved is { } r ? (r ? 1 : 0) : DBNull.Value, Text(c.WrappedUpAt), (object?)c.WrapUpSeconds ?? DBNull.Value,
                (object?)c.HandleSeconds ?? DBNull.Value, (object?)c.RepeatGapSeconds ?? DBNull.Value);
            if (c.Score is { } score)
            {
                await Run(survey, Text(c.Id), Text(c.AgentId), Text(c.QueuedAt), score, Text(c.EndedAt.AddMinutes(5)));
            }
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    internal static async Task CopyPostgresAsync(NpgsqlConnection connection, IEnumerable<Call> calls)
    {
        var surveys = new List<Call>();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY interactions (\"Id\", \"CallId\", \"Caller\", \"CallerNumber\", \"QueueId\", \"QueueName\", \"CustomerId\", \"AgentId\", \"Status\", \"QueuedAt\", " +
            "\"AnsweredAt\", \"EndedAt\", \"WaitSeconds\", \"TalkSeconds\", \"HoldSeconds\", \"HungUpBy\", \"TransferredTo\", \"Topic\", \"Resolved\", \"WrappedUpAt\", " +
            "\"WrapUpSeconds\", \"HandleSeconds\", \"RepeatGapSeconds\", \"EventCount\", \"CreatedAt\", \"UpdatedAt\", \"Version\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in calls)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync($"bench-{c.Number}", NpgsqlDbType.Varchar);
                await writer.WriteAsync("+12025550100", NpgsqlDbType.Varchar);
                await writer.WriteAsync("+12025550100", NpgsqlDbType.Varchar);
                await writer.WriteAsync(QueueId, NpgsqlDbType.Uuid);
                await writer.WriteAsync("support", NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.CustomerId, NpgsqlDbType.Uuid);
                await WriteNullableAsync(writer, c.AgentId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(Status(c), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.QueuedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, c.AnsweredAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(c.EndedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, (c.AnsweredAt - c.QueuedAt)?.TotalSeconds, NpgsqlDbType.Double);
                await WriteNullableAsync(writer, c.TalkSeconds, NpgsqlDbType.Double);
                await writer.WriteAsync(0.0, NpgsqlDbType.Double);
                await writer.WriteAsync("caller", NpgsqlDbType.Varchar);
                await writer.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await WriteNullableAsync(writer, c.Topic, NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, c.Resolved, NpgsqlDbType.Boolean);
                await WriteNullableAsync(writer, c.WrappedUpAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, c.WrapUpSeconds, NpgsqlDbType.Double);
                await WriteNullableAsync(writer, c.HandleSeconds, NpgsqlDbType.Double);
                await WriteNullableAsync(writer, c.RepeatGapSeconds, NpgsqlDbType.Double);
                await writer.WriteAsync(3, NpgsqlDbType.Integer);
                await writer.WriteAsync(c.QueuedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(c.EndedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                if (c.Score is not null)
                {
                    surveys.Add(c);
                }
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY interaction_surveys (\"InteractionId\", \"HandledById\", \"InteractionAt\", \"Score\", \"ReceivedAt\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in surveys)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.AgentId!.Value, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.QueuedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(c.Score!.Value, NpgsqlDbType.Integer);
                await writer.WriteAsync(c.EndedAt.AddMinutes(5), NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
    }

    private static string Status(Call c) => c.AnsweredAt is null ? "Abandoned" : "Completed";
}

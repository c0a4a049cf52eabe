using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Features.Commitments.Exports;
using Baton.Server.Tests.Infrastructure;
using CsvHelper;
using Ical.Net;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Exports;

public abstract class CommitmentExportsTests(BatonApp app)
{
    [SkippableFact]
    public async Task Board_csv_has_the_header_and_exactly_the_rows_of_the_board_with_the_same_filters()
    {
        var agent = await app.SignInAsync("agent");
        var customer = await CustomerAsync(agent, "Csv Customer");
        var soon = await PromiseAsync(agent, "Callback", customer, TimeSpan.FromMinutes(50), "CSV callback soon, with a \"quote\", and a comma");
        var later = await PromiseAsync(agent, "Callback", customer, TimeSpan.FromHours(30), "CSV callback later");
        var followUp = await PromiseAsync(agent, "FollowUp", customer, TimeSpan.FromHours(3), "CSV follow-up");
        var supervisor = await app.SignInAsync("supervisor");

        foreach (var query in new[] { "groupBy=person", "groupBy=team&kind=Callback", "groupBy=department&dueWithinHours=2", "kind=FollowUp&status=Open" })
        {
            var board = await supervisor.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/board?{query}");
            var expected = board.GetProperty("groups").EnumerateArray()
                .SelectMany(g => g.GetProperty("items").EnumerateArray().Select(i => (Group: g.GetProperty("name").GetString(), Id: i.GetProperty("id").GetString(),
                    What: i.GetProperty("what").GetString())))
                .ToList();

            var response = await supervisor.GetAsync($"/api/v1/commitments/board.csv?{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
            Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
            var rows = ReadCsv(await response.Content.ReadAsStringAsync());

            Assert.Equal(BoardCsv.Header, rows[0]);
            var actual = rows.Skip(1).Select(r => (Group: (string?)r[0], Id: (string?)r[1], What: (string?)r[12])).ToList();
            Assert.Equal(expected, actual);
        }

        var callbacks = ReadCsv(await supervisor.GetStringAsync("/api/v1/commitments/board.csv?kind=Callback")).Skip(1).Select(r => r[1]).ToList();
        Assert.Contains(soon.ToString(), callbacks);
        Assert.Contains(later.ToString(), callbacks);
        Assert.DoesNotContain(followUp.ToString(), callbacks);

        var dueSoon = ReadCsv(await supervisor.GetStringAsync("/api/v1/commitments/board.csv?dueWithinHours=2")).Skip(1).ToList();
        var row = Assert.Single(dueSoon, r => r[1] == soon.ToString());
        Assert.Equal("Callback", row[2]);
        Assert.Equal("yes", row[5]);
        Assert.Equal("Alex Rivera", row[7]);
        Assert.Equal("Csv Customer", row[9]);
        Assert.Equal("CSV callback soon, with a \"quote\", and a comma", row[12]);
        Assert.DoesNotContain(dueSoon, r => r[1] == later.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, (await supervisor.GetAsync("/api/v1/commitments/board.csv?groupBy=planet")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/commitments/board.csv")).StatusCode);
    }

    [SkippableFact]
    public async Task Calendar_feed_lists_my_open_commitments_with_stable_uids_and_rotating_it_retires_the_old_url()
    {
        var agent = await app.SignInAsync("casey");
        var customer = await CustomerAsync(agent, "Feed Customer");
        var first = await PromiseAsync(agent, "Callback", customer, TimeSpan.FromHours(2), "Feed callback");
        var second = await PromiseAsync(agent, "FollowUp", customer, TimeSpan.FromDays(1), "Feed follow-up");

        var created = await agent.PostAsync("/api/v1/me/calendar-feed", null);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var url = new Uri((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
        var path = url.PathAndQuery;
        Assert.Matches("^/calendar/[0-9a-f-]{36}/[A-Za-z0-9_-]{43}\\.ics$", path);

        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
        var calendar = Calendar.Load(text)!;
        Assert.Equal(2, calendar.Events.Count);
        var e = Assert.Single(calendar.Events, ev => ev.Uid == $"commitment-{first}@baton");
        Assert.Contains("Callback", e.Summary, StringComparison.Ordinal);
        Assert.Contains("Feed Customer", e.Summary, StringComparison.Ordinal);
        Assert.Contains("Feed callback", e.Description, StringComparison.Ordinal);
        Assert.Contains($"/commitments/{first}", e.Description, StringComparison.Ordinal);
        Assert.True(e.DtStart!.IsUtc);
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime.AddHours(2), e.DtStart.AsUtc);
        var alarm = Assert.Single(e.Alarms);
        Assert.Equal(TimeSpan.FromMinutes(-15), alarm.Trigger!.Duration!.Value.ToTimeSpanUnspecified());
        Assert.Contains(calendar.Events, ev => ev.Uid == $"commitment-{second}@baton");

        // Stable across requests: the same UIDs come back.
        var again = Calendar.Load(await anonymous.GetStringAsync(path))!;
        Assert.Equal(calendar.Events.Select(ev => ev.Uid).Order(), again.Events.Select(ev => ev.Uid).Order());

        // A wrong secret, or someone else's person id with this secret, is 404.
        var personId = path.Split('/')[2];
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/calendar/{personId}/not-the-secret.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path.Replace(personId, Guid.NewGuid().ToString(), StringComparison.Ordinal))).StatusCode);

        // Only the hash is stored.
        var secret = Path.GetFileNameWithoutExtension(path);
        var stored = await app.WithDbAsync(db => db.Set<CalendarFeed>().AsNoTracking().SingleAsync(f => f.PersonId == Guid.Parse(personId)));
        Assert.Equal(CalendarFeed.HashOf(secret), stored.SecretHash);
        Assert.DoesNotContain(secret, stored.SecretHash, StringComparison.Ordinal);

        // Rotating: the old URL stops working, the new one works.
        var rotated = new Uri((await (await agent.PostAsync("/api/v1/me/calendar-feed", null)).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("url").GetString()!).PathAndQuery;
        Assert.NotEqual(path, rotated);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(rotated)).StatusCode);

        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(a => a.Subject == $"person/{personId}" && a.Type == AuditEventType.CalendarFeedRotated).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.DoesNotContain(secret, (a.Before ?? "") + a.After, StringComparison.Ordinal));

        // A closed commitment leaves the feed.
        var closed = await agent.PostAsJsonAsync($"/api/v1/commitments/{second}/close", new { outcome = "Kept" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var after = Calendar.Load(await anonymous.GetStringAsync(rotated))!;
        Assert.Equal([$"commitment-{first}@baton"], after.Events.Select(ev => ev.Uid));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/me/calendar-feed", null)).StatusCode);
    }

    private static List<string[]> ReadCsv(string text)
    {
        using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false });
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            rows.Add(row.ToArray());
        }
        return rows;
    }

    private static async Task<Guid> CustomerAsync(HttpClient client, string name)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", new { name, phone = "+1 415 555 0199" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<Guid> PromiseAsync(HttpClient client, string kind, Guid customer, TimeSpan dueIn, string what)
    {
        var due = app.Time.GetUtcNow().UtcDateTime + dueIn;
        var response = await client.PostAsJsonAsync("/api/v1/commitments", new { kind, promisee = new { customerId = customer }, due, what });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

public sealed class CommitmentExportsTestsOnSqlite(SqliteApp app) : CommitmentExportsTests(app), IClassFixture<SqliteApp>;

public sealed class CommitmentExportsTestsOnPostgres(PostgresApp app) : CommitmentExportsTests(app), IClassFixture<PostgresApp>;

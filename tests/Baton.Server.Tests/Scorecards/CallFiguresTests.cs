using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Tests.Infrastructure;
using Baton.Server.Tests.Telephony;
using Microsoft.EntityFrameworkCore;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Scorecards;

/// <summary>
/// Calls on the scorecards, end to end: the PBX posts a call, the agent who took it wraps it up, the survey system posts
/// the customer's score, and the scorecard reads first-contact resolution, handle time (beside resolution) and CSAT.
/// </summary>
public abstract class CallFiguresTests(BatonApp app)
{
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    [SkippableFact]
    public async Task A_call_counts_as_resolved_at_first_contact_until_the_customer_calls_again_about_the_same_issue()
    {
        // A week past the calls of the other tests in this class, so the agent's period holds this test's calls only.
        app.Time.Advance(TimeSpan.FromDays(7));
        var from = Now.AddHours(-1);
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = $"fcr-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support");
        var agent = await app.SignInAsync("agent");
        var jordan = await app.SignInAsync("jordan");
        const string phone = "+12025550142";
        await OkAsync(await agent.PostAsJsonAsync("/api/v1/customers", new { name = "Casey Repeat", phone }), HttpStatusCode.Created);
        var agentId = await app.WithDbAsync(db => db.People.Where(p => p.UserName == "agent").Select(p => p.Id).SingleAsync());

        // A ten-minute call, wrapped up 90 seconds after it ended: 11.5 minutes of handle time, a long call.
        var refund = await CallAsync(pbx, queue, phone, "agent", talkSeconds: 600, endedSecondsAgo: 90);
        var wrapped = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{refund}/wrap-up", new { resolved = true, topic = "  Refund " }));
        Assert.Equal("refund", wrapped.GetProperty("topic").GetString());
        Assert.Equal(690, wrapped.GetProperty("handleSeconds").GetDouble(), 3);
        app.Time.Advance(TimeSpan.FromHours(1));
        var delivery = await CallAsync(pbx, queue, phone, "agent", talkSeconds: 120, endedSecondsAgo: 30);
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{delivery}/wrap-up", new { resolved = true, topic = "delivery" }));
        var to = Now.AddDays(30);
        var period = $"from={from:O}&to={to:O}";

        var card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{period}"));
        Assert.Equal((2.0, 2), Counts(Figure(card, "firstContactResolution")));
        var handle = Figure(card, "handleTime");
        Assert.Equal(2, handle.GetProperty("denominator").GetInt32());
        Assert.Equal((690 + 150) / 60.0, handle.GetProperty("numerator").GetDouble(), 6);
        Assert.Equal(["firstContactResolution", "longCallsResolved", "keptRate"],
            handle.GetProperty("beside").EnumerateArray().Select(f => f.GetProperty("key").GetString()!).ToArray());
        Assert.Equal((1.0, 1), Counts(Figure(card, "longCallsResolved")));

        // Another call of the same customer nobody has classified yet could be about either issue: both are repeats for now.
        app.Time.Advance(TimeSpan.FromHours(1));
        var again = await CallAsync(pbx, queue, phone, "jordan", talkSeconds: 60, endedSecondsAgo: 10);
        card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{period}"));
        Assert.Equal((0.0, 2), Counts(Figure(card, "firstContactResolution")));
        Assert.Equal((0.0, 1), Counts(Figure(card, "longCallsResolved")));

        // Once Jordan says it was about the delivery, the long refund call resolved its issue again; the delivery call did not.
        await OkAsync(await jordan.PostAsJsonAsync($"/api/v1/interactions/{again}/wrap-up", new { resolved = true, topic = "Delivery" }));
        card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{period}"));
        Assert.Equal((1.0, 2), Counts(Figure(card, "firstContactResolution")));
        Assert.Equal((1.0, 1), Counts(Figure(card, "longCallsResolved")));
        var repeated = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=firstContactResolution&part=missed&{period}"));
        Assert.Equal(delivery, Assert.Single(repeated.EnumerateArray()).GetProperty("id").GetGuid());
        var resolvedItems = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=firstContactResolution&part=met&{period}"));
        Assert.Equal(refund, Assert.Single(resolvedItems.EnumerateArray()).GetProperty("id").GetGuid());

        // The agent explains the repeated call; only its handler may, and once their lead accepts, it no longer counts.
        await RefusedAsync(await jordan.PostAsJsonAsync("/api/v1/scorecards/notes",
            new { itemKind = "Interaction", itemId = delivery, text = "Not my call" }), HttpStatusCode.Forbidden);
        var note = await OkAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes",
            new { itemKind = "Interaction", itemId = delivery, text = "The courier lost the parcel after the call." }), HttpStatusCode.Created);
        var lead = await app.SignInAsync("teamlead");
        await OkAsync(await lead.PostAsJsonAsync($"/api/v1/scorecards/notes/{note.GetProperty("id").GetGuid()}/review", new { decision = "Accept" }));
        card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{period}"));
        Assert.Equal((1.0, 1), Counts(Figure(card, "firstContactResolution")));
        Assert.Equal(1, Figure(card, "handleTime").GetProperty("denominator").GetInt32());
    }

    [SkippableFact]
    public async Task Only_the_agent_who_took_an_ended_call_can_wrap_it_up_and_a_bad_answer_changes_nothing()
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = $"wrap-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support");
        var agent = await app.SignInAsync("agent");
        var ended = await CallAsync(pbx, queue, "+12025550143", "agent", talkSeconds: 60, endedSecondsAgo: 5);

        await RefusedAsync(await (await app.SignInAsync("jordan")).PostAsJsonAsync($"/api/v1/interactions/{ended}/wrap-up",
            new { resolved = true, topic = "billing" }), HttpStatusCode.Forbidden);
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{ended}/wrap-up", new { resolved = true, topic = "" }),
            HttpStatusCode.BadRequest, "topic");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{ended}/wrap-up", new { topic = "billing" }),
            HttpStatusCode.BadRequest, "resolved");
        Assert.Equal(HttpStatusCode.NotFound,
            (await agent.PostAsJsonAsync($"/api/v1/interactions/{Guid.NewGuid()}/wrap-up", new { resolved = true, topic = "billing" })).StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Interactions.Where(i => i.Id == ended).Select(i => i.WrappedUpAt).SingleAsync()));

        var live = $"live-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", live, Now.AddSeconds(-30), caller: "+12025550144", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.answered", live, Now.AddSeconds(-20), caller: "+12025550144", queue: queue, agent: "agent"));
        var liveId = await IdOfAsync(live);
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{liveId}/wrap-up", new { resolved = true, topic = "billing" }),
            HttpStatusCode.Conflict);

        var missed = $"missed-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", missed, Now.AddSeconds(-30), caller: "+12025550145", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.abandoned", missed, Now.AddSeconds(-5), caller: "+12025550145", queue: queue));
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/interactions/{await IdOfAsync(missed)}/wrap-up", new { resolved = true, topic = "billing" }),
            HttpStatusCode.BadRequest, "interaction");
    }

    [SkippableFact]
    public async Task A_survey_score_is_credited_to_the_agent_who_handled_the_call_once_and_only_from_the_survey_system()
    {
        var from = Now.AddMinutes(-30);
        var pbx = await TelephonyClient.CreateAsync(app, "survey");
        var queue = $"csat-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support");
        var reese = await CallAsync(pbx, queue, "+12025550146", "reese", talkSeconds: 100, endedSecondsAgo: 20);
        var reeseAgain = await CallAsync(pbx, queue, "+12025550147", "reese", talkSeconds: 100, endedSecondsAgo: 10);
        var casey = await CallAsync(pbx, queue, "+12025550148", "casey", talkSeconds: 100, endedSecondsAgo: 5);
        var unanswered = $"gone-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", unanswered, Now.AddSeconds(-9), caller: "+12025550149", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.abandoned", unanswered, Now.AddSeconds(-2), caller: "+12025550149", queue: queue));

        await RefusedAsync(await (await app.SignInAsync("reese")).PostAsJsonAsync($"/api/v1/interactions/{reese}/survey", new { score = 5 }),
            HttpStatusCode.Forbidden);
        await RefusedAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{reese}/survey", new { score = 9 }), HttpStatusCode.BadRequest, "score");
        await RefusedAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{await IdOfAsync(unanswered)}/survey", new { score = 3 }),
            HttpStatusCode.BadRequest, "interactionId");
        var recorded = await OkAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{reese}/survey", new { score = 5, comment = "Quick and kind" }),
            HttpStatusCode.Created);
        Assert.Equal(await PersonAsync("reese"), recorded.GetProperty("handledById").GetGuid());
        await RefusedAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{reese}/survey", new { score = 1 }), HttpStatusCode.Conflict);
        await OkAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{reeseAgain}/survey", new { score = 2 }), HttpStatusCode.Created);
        await OkAsync(await pbx.Http.PostAsJsonAsync($"/api/v1/interactions/{casey}/survey", new { score = 4 }), HttpStatusCode.Created);

        var period = $"from={from:O}&to={Now.AddHours(1):O}";
        var admin = await app.SignInAsync("admin");
        var reeseCard = await OkAsync(await admin.GetAsync($"/api/v1/scorecards/people/{await PersonAsync("reese")}?{period}"));
        var csat = Figure(reeseCard, "csat");
        Assert.Equal((7.0, 2), Counts(csat));
        Assert.Equal(3.5, csat.GetProperty("value").GetDouble(), 6);
        Assert.Equal((1.0, 2), Counts(Figure(reeseCard, "csatSatisfied")));
        var caseyCard = await OkAsync(await admin.GetAsync($"/api/v1/scorecards/people/{await PersonAsync("casey")}?{period}"));
        Assert.Equal((4.0, 1), Counts(Figure(caseyCard, "csat")));
        var unhappy = await OkAsync(await admin.GetAsync(
            $"/api/v1/scorecards/people/{await PersonAsync("reese")}/items?figure=csatSatisfied&part=missed&{period}"));
        Assert.Equal(reeseAgain, Assert.Single(unhappy.EnumerateArray()).GetProperty("id").GetGuid());
    }

    /// <summary>An answered call from the number, taken by the agent, that ended the given seconds before now.</summary>
    private async Task<Guid> CallAsync(TelephonyClient pbx, string queue, string caller, string agent, int talkSeconds, int endedSecondsAgo)
    {
        var callId = $"call-{Guid.NewGuid():N}";
        var answered = Now.AddSeconds(-endedSecondsAgo - talkSeconds);
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, answered.AddSeconds(-10), caller: caller, queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, answered, caller: caller, queue: queue, agent: agent));
        await pbx.SendAsync(TelephonyClient.Body("call.hungup", callId, answered.AddSeconds(talkSeconds), caller: caller, queue: queue, by: "caller"));
        return await IdOfAsync(callId);
    }

    private Task<Guid> IdOfAsync(string callId) => app.WithDbAsync(db => db.Interactions.Where(i => i.CallId == callId).Select(i => i.Id).SingleAsync());

    private Task<Guid> PersonAsync(string userName) => app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync());

    private static (double, int) Counts(JsonElement figure) => (figure.GetProperty("numerator").GetDouble(), figure.GetProperty("denominator").GetInt32());

    private static JsonElement Figure(JsonElement card, string key) =>
        card.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);
}

public sealed class CallFiguresTestsOnSqlite(SqliteApp app) : CallFiguresTests(app), IClassFixture<SqliteApp>;

public sealed class CallFiguresTestsOnPostgres(PostgresApp app) : CallFiguresTests(app), IClassFixture<PostgresApp>;

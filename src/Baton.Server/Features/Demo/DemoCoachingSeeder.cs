using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Coaching;
using Baton.Server.Features.Feedback;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Seeds coaching sessions in every state and feedback in every direction through the real use cases, acting as the demo
/// people themselves: a session still to hold, one waiting for the agent's answer, one acknowledged, one disputed and waiting
/// for its reviewer; named feedback to a lead and to a department; and anonymous feedback from three people to a supervisor.
/// </summary>
public sealed class DemoCoachingSeeder(BatonDb db, TimeProvider time, LiveUpdates live, AnonymityKey anonymity)
{
    private Dictionary<string, ClaimsPrincipal> _users = [];
    private Dictionary<string, Guid> _ids = [];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var people = await db.People.AsNoTracking().ToListAsync(ct);
        _users = people.ToDictionary(p => p.UserName, p => Principals.ForPerson(p, "demo"));
        _ids = people.ToDictionary(p => p.UserName, p => p.Id);
        if (!_users.ContainsKey("teamlead") || !_users.ContainsKey("jamie") || !_users.ContainsKey("supervisor"))
        {
            return;
        }
        var now = Instants.FromTimeProvider(time);

        await ScheduleAsync("teamlead", "agent", "Callbacks promised for the same hour", now.AddDays(1),
            [new EvidenceRequest(EvidenceKind.ScorecardFigure, Figure: "keptRate"), new EvidenceRequest(EvidenceKind.ScorecardFigure, Figure: "onTimeRate")], ct);

        await HoldAsync("teamlead", "jordan", "Following the returns workflow", Consequence.ImprovementPlan,
            "Two returns were closed without the Finance hand-off step. We walked through the flow together.", now,
            [new GoalInput("Every return with missing bank details handed to Finance", now.AddDays(30))],
            ("Follow the return flow step by step for a month", "Sit with Jordan for two returns this week"), ct);

        var reward = await HoldAsync("jamie", "avery", "German-speaking callbacks", Consequence.Reward,
            "Avery kept every German callback last month, several after hours.", now, null,
            ("Share the callback checklist with the team", "Nominate Avery for the monthly recognition"), ct);
        await AcknowledgeCoachingSession.ExecuteAsync(reward, new AcknowledgeCoachingSession.Request("Thank you!"), _users["avery"], db, time, ct);

        var repeat = await HoldAsync("teamlead", "casey", "Hand-offs to Tech Support", Consequence.Repeat,
            "Three headset cases went to Tech Support without the firmware version noted.", now, null,
            ("Note the firmware version before every hand-off", "Ask Tech Support which fields they need"), ct);
        await DisputeCoachingSession.ExecuteAsync(repeat, new DisputeCoachingSession.Request(
            "Two of those cases came in after the form change; the firmware field was not on the screen yet.", null), _users["casey"], db, time, ct);

        await GiveFeedback.GiveNamedAsync(new GiveFeedback.Request(FeedbackTargetKind.Person, _ids["teamlead"], FeedbackTheme.Support,
            "The handover notes at shift end came too late for my 18:00 callbacks twice this week."), _users["agent"], db, time, live, ct);
        var finance = await db.Departments.AsNoTracking().Where(d => d.Name == "Finance").Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        if (finance is { } financeId)
        {
            await GiveFeedback.GiveNamedAsync(new GiveFeedback.Request(FeedbackTargetKind.Department, financeId, FeedbackTheme.Process,
                "Refund hand-offs wait until the next morning before anyone accepts them."), _users["jordan"], db, time, live, ct);
        }
        foreach (var (giver, text) in new[]
                 {
                     ("jordan", "Team meetings run over into the callback window."),
                     ("riley", "I would like to hear earlier when the rota changes."),
                     ("casey", "More praise in front of the team would go a long way."),
                 })
        {
            await GiveFeedback.GiveAnonymouslyAsync(new GiveFeedback.Request(FeedbackTargetKind.Person, _ids["supervisor"], FeedbackTheme.Communication,
                text, Anonymous: true), _users[giver], db, time, live, anonymity, ct);
        }
    }

    private async Task<Guid> ScheduleAsync(string coach, string agent, string topic, DateTime at, List<EvidenceRequest>? evidence, CancellationToken ct) =>
        (await ScheduleCoachingSession.ExecuteAsync(new ScheduleCoachingSession.Request(_ids[agent], topic, at, evidence), _users[coach], db, time, ct)).Id;

    private async Task<Guid> HoldAsync(string coach, string agent, string topic, Consequence consequence, string notes, DateTime now,
        List<GoalInput>? goals, (string Agent, string Coach) promises, CancellationToken ct)
    {
        var id = await ScheduleAsync(coach, agent, topic, now.AddHours(-1), null, ct);
        await HoldCoachingSession.ExecuteAsync(id, new HoldCoachingSession.Request(notes, consequence, goals, null,
        [
            new HoldCoachingSession.ActionItemRequest(ActionItemSide.Agent, promises.Agent, now.AddDays(7)),
            new HoldCoachingSession.ActionItemRequest(ActionItemSide.Coach, promises.Coach, now.AddDays(5)),
        ], null, null), _users[coach], db, time, live, ct);
        return id;
    }
}

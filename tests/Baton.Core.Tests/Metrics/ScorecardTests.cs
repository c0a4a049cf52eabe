using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Core.Scheduling;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

public sealed class ScorecardTests
{
    private static readonly Guid Front = Guid.Parse("00000000-0000-0000-0000-0000000007a1");
    private static readonly Guid Back = Guid.Parse("00000000-0000-0000-0000-0000000007a2");
    private static readonly Guid Finance = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly ScorecardSettings Settings = new(TimeSpan.FromDays(7), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1));

    private static readonly Membership Org = new(
        new Dictionary<Guid, IReadOnlySet<Guid>> { [Back] = new HashSet<Guid> { Fran }, [Front] = new HashSet<Guid> { Alice, Bob } },
        new Dictionary<Guid, IReadOnlySet<Guid>> { [Finance] = new HashSet<Guid> { Fran, Lena } },
        new HashSet<Guid> { Lena });

    [Fact]
    public void Scopes_cover_every_person_team_department_and_the_leadership_in_a_stable_order()
    {
        var scopes = Org.Scopes();

        Assert.Equal(
            [(ScopeKind.Person, (Guid?)Lena), (ScopeKind.Person, Alice), (ScopeKind.Person, Bob), (ScopeKind.Person, Fran),
             (ScopeKind.Team, Front), (ScopeKind.Team, Back), (ScopeKind.Department, Finance), (ScopeKind.Leadership, null)],
            scopes.Select(s => (s.Kind, s.Id)));
        Assert.Equal([Alice, Bob], Sorted(scopes[4].Members!));
        Assert.Equal([Lena], scopes[^1].Members!);
    }

    [Fact]
    public void Figures_aggregate_over_the_members_of_each_scope_and_leadership_is_held_to_the_same_figures()
    {
        var aliceKept = Closed(Alice, Outcome.Kept, Mar(5));
        var bobBroken = Closed(Bob, Outcome.Broken, Mar(6));
        var franKept = Closed(Fran, Outcome.Kept, Mar(6), kind: CommitmentKind.Handoff);
        var lenaBroken = Closed(Lena, Outcome.Broken, Mar(7), kind: CommitmentKind.Request);
        var inputs = new ScorecardInputs([aliceKept, bobBroken, franKept, lenaBroken], [], [], NoneExcluded);

        var cards = Scorecard.ForAll(Org, March, inputs, Settings, asOf: To);
        Scorecard Card(ScopeKind kind, Guid? id) => cards.Single(c => c.Scope.Kind == kind && c.Scope.Id == id);

        Assert.Equal(1.0, Card(ScopeKind.Person, Alice).KeptRate.Value);
        Assert.Equal(0.0, Card(ScopeKind.Person, Bob).KeptRate.Value);
        Assert.Equal(Ids(aliceKept, bobBroken), Sorted(Card(ScopeKind.Team, Front).KeptRate.ItemIds));
        Assert.Equal(0.5, Card(ScopeKind.Team, Front).KeptRate.Value);
        Assert.Equal(Ids(franKept, lenaBroken), Sorted(Card(ScopeKind.Department, Finance).KeptRate.ItemIds));
        Assert.Equal([lenaBroken.Id], Card(ScopeKind.Leadership, null).KeptRate.ItemIds);
        Assert.Equal(0.0, Card(ScopeKind.Leadership, null).KeptRate.Value);
    }

    [Fact]
    public void A_scorecard_with_nothing_to_measure_says_no_data_for_every_figure()
    {
        var inputs = new ScorecardInputs([Closed(Alice, Outcome.Kept, Mar(5))], [Call(Alice, Mar(5))], [], NoneExcluded);

        var card = Scorecard.For(Scope.Person(Bob), March, inputs, Settings, To);

        Assert.Null(card.KeptRate.Value);
        Assert.Null(card.OnTimeRate.Value);
        Assert.Null(card.AttemptsPerCallback.Value);
        Assert.Null(card.HandoffAcceptance.Time.Value);
        Assert.Null(card.HandoffAcceptance.WithinSla.Value);
        Assert.Null(card.EscalationResponse.Value);
        Assert.Null(card.FirstContactResolution.Value);
        Assert.Null(card.HandleTime.Time.Value);
        Assert.Null(card.HandleTime.KeptRate.Value);
        Assert.Null(card.Csat.Score.Value);
        Assert.Null(card.SlaMet.Value);
    }

    [Fact]
    public void A_full_scorecard_computes_every_figure_from_the_same_inputs_and_settings()
    {
        var kept = Closed(Fran, Outcome.Kept, Mar(5), dueDay: 10, attempts: 2);
        var handoff = new CommitmentFact(Guid.NewGuid(), CommitmentKind.Handoff, Fran, Mar(14, 16), Mar(20), Outcome.Broken, Mar(18),
            Acceptance: new HandoffAcceptance(Mar(14, 16), Mar(17, 10), Fran));
        var escalation = new CommitmentFact(Guid.NewGuid(), CommitmentKind.Escalation, Fran, Mar(3, 9), Mar(4), FirstAction: new FirstAction(Mar(3, 9, 20), Fran));
        var call = Call(Fran, Mar(4), minutes: 50);
        var inputs = new ScorecardInputs([kept, handoff, escalation], [call], [new(call.InteractionId, 4)], NoneExcluded);
        var businessTime = Settings with { AcceptanceSla = TimeSpan.FromHours(4), Elapsed = BusinessCalendar.OfficeHours("UTC").BusinessTimeBetween };

        var card = Scorecard.For(Scope.Person(Fran), March, inputs, businessTime, asOf: Mar(20));

        Assert.Equal((0.5, 1.0), (card.KeptRate.Value, card.OnTimeRate.Value));
        Assert.Equal(2.0, card.AttemptsPerCallback.Value);
        Assert.Equal((TimeSpan.FromHours(2), 1.0), (card.HandoffAcceptance.Time.Median!.Value, card.HandoffAcceptance.WithinSla.Value!.Value));
        Assert.Equal(TimeSpan.FromMinutes(20), card.EscalationResponse.Median);
        Assert.Equal(1.0, card.FirstContactResolution.Value);
        Assert.Equal((TimeSpan.FromMinutes(50), 1, 0.5), (card.HandleTime.Time.Median!.Value, card.HandleTime.LongCallsResolved.Numerator, card.HandleTime.KeptRate.Value!.Value));
        Assert.Equal((4.0, 1.0), (card.Csat.Score.Value!.Value, card.Csat.Satisfied.Value!.Value));
        // Due in March and settled: kept on the 5th (due the 10th) met it; the hand-off broken on the 18th (due the 20th) did not;
        // the escalation due on the 4th is still open, so it missed.
        Assert.Equal((1, 3), (card.SlaMet.Numerator, card.SlaMet.Denominator));
    }

    [Fact]
    public void Nothing_reduces_a_scorecard_to_a_single_number()
    {
        var numbers = new[] { typeof(int), typeof(double), typeof(decimal), typeof(double?), typeof(int?), typeof(TimeSpan), typeof(TimeSpan?) };

        Assert.DoesNotContain(typeof(Scorecard).GetProperties(), p => numbers.Contains(p.PropertyType));
        Assert.DoesNotContain(typeof(Scorecard).Assembly.GetTypes().Where(t => t.Namespace == "Baton.Core.Metrics").SelectMany(t => t.GetMethods()),
            m => m.Name.Contains("Rank", StringComparison.OrdinalIgnoreCase) || m.Name.Contains("Overall", StringComparison.OrdinalIgnoreCase));
    }
}

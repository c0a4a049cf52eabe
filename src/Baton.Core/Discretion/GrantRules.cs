namespace Baton.Core.Discretion;

/// <summary>The pure decisions of bounded autonomy: whether a gesture is within a person's limits, and what they have left.</summary>
public static class GrantRules
{
    /// <summary>The rolling window: a grant counts while it is less than exactly seven days old.</summary>
    public static readonly TimeSpan RollingWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// Decides a request. <paramref name="limits"/> is null when no policy covers the gesture for the requester: then every
    /// grant needs approval. <paramref name="prior"/> holds the requester's earlier grants of this gesture made within their
    /// own discretion (grants a lead approved above the limit were the lead's call and do not use up the allowance): those
    /// for the same reference count against the per-interaction limit, those of the last 7 days against the weekly one.
    /// </summary>
    public static GrantDecision DecideGrant(EffectiveLimits? limits, IEnumerable<PriorGrant> prior, GrantRequest request, ApprovalRoute route, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(prior);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(route);
        now = Instants.Normalize(now);
        if (!Enum.IsDefined(request.Gesture))
        {
            throw new DomainException("gesture", "Unknown gesture: use GoodwillCredit, FeeWaiver or ExpeditedShipping.");
        }
        var amount = Money.RequireAmount(request.Amount, "amount");
        var currency = Money.RequireCurrency(request.Currency);
        if (limits is not null && currency != limits.Currency)
        {
            throw new DomainException("currency", $"Your limits for this gesture are in {limits.Currency}.");
        }
        var grants = prior.ToList();

        if (limits is null)
        {
            return Route(route, request, now, "No discretion policy lets you grant this yourself, so it needs approval.");
        }
        var forReference = grants.Where(g => g.Reference == request.Reference).Sum(g => g.Amount);
        if (forReference + amount > limits.PerInteraction)
        {
            var already = forReference > 0 ? $" ({Money.Format(forReference, currency)} already granted for it)" : "";
            return Route(route, request, now,
                $"{Money.Format(amount, currency)} is above your per-interaction limit of {Money.Format(limits.PerInteraction, currency)}{already}.");
        }
        var week = UsedThisWeek(grants, now);
        if (week + amount > limits.RollingWeek)
        {
            return Route(route, request, now,
                $"{Money.Format(amount, currency)} would bring you to {Money.Format(week + amount, currency)} in 7 days, "
                + $"above your weekly limit of {Money.Format(limits.RollingWeek, currency)}.");
        }
        return new ApprovedAtOnce(
            $"Within your limits: {Money.Format(limits.PerInteraction - forReference - amount, currency)} left for this interaction, "
            + $"{Money.Format(limits.RollingWeek - week - amount, currency)} left in 7 days.");
    }

    /// <summary>What the requester used of the weekly limit over the last 7 days and what is left.</summary>
    public static Allowance AllowanceOf(EffectiveLimits limits, IEnumerable<PriorGrant> prior, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var used = UsedThisWeek(prior, Instants.Normalize(now));
        return new Allowance(used, Math.Max(0m, limits.RollingWeek - used));
    }

    /// <summary>Whether a grant made at <paramref name="at"/> still counts at <paramref name="now"/>: exactly seven days later it no longer does.</summary>
    public static bool InRollingWindow(DateTime at, DateTime now) => at > now - RollingWindow && at <= now;

    private static decimal UsedThisWeek(IEnumerable<PriorGrant> prior, DateTime now) =>
        prior.Where(g => InRollingWindow(g.At, now)).Sum(g => g.Amount);

    private static NeedsApproval Route(ApprovalRoute route, GrantRequest request, DateTime now, string why)
    {
        // Nobody approves their own request: the requester is skipped even when they are next in line.
        var approver = route.Approvers.FirstOrDefault(a => a != Guid.Empty && a != request.RequesterId);
        if (approver == Guid.Empty)
        {
            throw new DomainException("approver", "Nobody else is there to approve it: ask an admin to appoint a team lead or a manager.");
        }
        var deadline = Instants.Normalize(route.Deadline);
        if (deadline <= now)
        {
            throw new DomainException("deadline", "The approval deadline must be in the future.");
        }
        return new NeedsApproval(approver, deadline, why);
    }
}

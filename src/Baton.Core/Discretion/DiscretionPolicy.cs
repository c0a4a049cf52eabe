using Baton.Core.Organization;

namespace Baton.Core.Discretion;

/// <summary>
/// What a role or a person may grant of one gesture without approval: up to <see cref="PerInteractionLimit"/> for one
/// interaction (or case, customer, commitment) and up to <see cref="RollingWeekLimit"/> over any 7 days, optionally raised
/// by an earned-autonomy rule. A person's own policy overrides the policies of their roles.
/// </summary>
public sealed class DiscretionPolicy
{
    private DiscretionPolicy() { }

    public Guid Id { get; private set; }
    public GestureType Gesture { get; private set; }
    public PolicyHolderKind HolderKind { get; private set; }
    /// <summary>The role, for a role policy.</summary>
    public Role? HolderRole { get; private set; }
    /// <summary>The person, for a person policy.</summary>
    public Guid? HolderPersonId { get; private set; }
    /// <summary>"role:Agent" or "person:{id}": one policy per gesture and holder (a unique index).</summary>
    public string HolderKey { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public decimal PerInteractionLimit { get; private set; }
    public decimal RollingWeekLimit { get; private set; }
    public int? EarnedMinTenureMonths { get; private set; }
    public decimal? EarnedMinKeptRate { get; private set; }
    public decimal? EarnedFactor { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Incremented by every change; the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public EarnedAutonomyRule? EarnedAutonomy =>
        EarnedMinTenureMonths is { } months && EarnedMinKeptRate is { } rate && EarnedFactor is { } factor
            ? new EarnedAutonomyRule(months, rate, factor)
            : null;

    public string HolderText => HolderKind == PolicyHolderKind.Role ? $"{HolderRole} role" : "personal";

    public static DiscretionPolicy ForRole(Guid id, GestureType gesture, Role role, string currency, decimal perInteraction, decimal rollingWeek,
        EarnedAutonomyRule? earned, DateTime now)
    {
        if (!Enum.IsDefined(role))
        {
            throw new DomainException("role", "Unknown role.");
        }
        return New(id, gesture, PolicyHolderKind.Role, role, null, $"role:{role}", currency, perInteraction, rollingWeek, earned, now);
    }

    public static DiscretionPolicy ForPerson(Guid id, GestureType gesture, Guid personId, string currency, decimal perInteraction, decimal rollingWeek,
        EarnedAutonomyRule? earned, DateTime now)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainException("personId", "A person is required.");
        }
        return New(id, gesture, PolicyHolderKind.Person, null, personId, $"person:{personId:D}", currency, perInteraction, rollingWeek, earned, now);
    }

    /// <summary>New limits and rule; the gesture and the holder stay (another holder is another policy).</summary>
    public void Change(string currency, decimal perInteraction, decimal rollingWeek, EarnedAutonomyRule? earned, DateTime now)
    {
        var (code, interaction, week) = RequireLimits(currency, perInteraction, rollingWeek);
        Currency = code;
        PerInteractionLimit = interaction;
        RollingWeekLimit = week;
        EarnedMinTenureMonths = earned?.MinTenureMonths;
        EarnedMinKeptRate = earned?.MinKeptRate;
        EarnedFactor = earned?.Factor;
        UpdatedAt = Instants.Normalize(now);
        Version++;
    }

    /// <summary>
    /// The policy that governs a person's gesture: their own if they have one, else the most generous policy of the roles
    /// they hold (highest per-interaction limit, then highest weekly limit); null when none applies.
    /// </summary>
    public static DiscretionPolicy? For(IEnumerable<DiscretionPolicy> policies, GestureType gesture, Guid personId, IEnumerable<Role> roles)
    {
        var candidates = policies.Where(p => p.Gesture == gesture).ToList();
        var held = roles.ToHashSet();
        return candidates.FirstOrDefault(p => p.HolderKind == PolicyHolderKind.Person && p.HolderPersonId == personId)
               ?? candidates.Where(p => p.HolderKind == PolicyHolderKind.Role && p.HolderRole is { } r && held.Contains(r))
                   .OrderByDescending(p => p.PerInteractionLimit).ThenByDescending(p => p.RollingWeekLimit).ThenBy(p => p.HolderRole)
                   .FirstOrDefault();
    }

    private static DiscretionPolicy New(Guid id, GestureType gesture, PolicyHolderKind kind, Role? role, Guid? personId, string key, string currency,
        decimal perInteraction, decimal rollingWeek, EarnedAutonomyRule? earned, DateTime now)
    {
        if (id == Guid.Empty)
        {
            throw new DomainException("id", "An id is required.");
        }
        if (!Enum.IsDefined(gesture))
        {
            throw new DomainException("gesture", "Unknown gesture: use GoodwillCredit, FeeWaiver or ExpeditedShipping.");
        }
        RequireLimits(currency, perInteraction, rollingWeek);
        var policy = new DiscretionPolicy
        {
            Id = id,
            Gesture = gesture,
            HolderKind = kind,
            HolderRole = role,
            HolderPersonId = personId,
            HolderKey = key,
            CreatedAt = Instants.Normalize(now),
        };
        policy.Change(currency, perInteraction, rollingWeek, earned, now);
        return policy;
    }

    private static (string Currency, decimal PerInteraction, decimal RollingWeek) RequireLimits(string currency, decimal perInteraction, decimal rollingWeek)
    {
        var code = Money.RequireCurrency(currency);
        var interaction = Money.RequireAmount(perInteraction, "perInteractionLimit", allowZero: true);
        var week = Money.RequireAmount(rollingWeek, "rollingWeekLimit", allowZero: true);
        if (week < interaction)
        {
            throw new DomainException("rollingWeekLimit", "The weekly limit cannot be below the per-interaction limit.");
        }
        return (code, interaction, week);
    }
}

namespace Baton.Core.Metrics;

/// <summary>Whose scorecard: one person, a team, a department or the leadership.</summary>
public enum ScopeKind
{
    Everyone = 0,
    Person = 1,
    Team = 2,
    Department = 3,
    Leadership = 4,
}

/// <summary>
/// The people a scorecard covers. An item counts for a scope when the person it is attributed to
/// (the owner at closing, the acceptor, the handler…) is one of its members.
/// </summary>
public sealed class Scope
{
    private readonly HashSet<Guid>? _members;

    private Scope(ScopeKind kind, Guid? id, IEnumerable<Guid>? members)
    {
        Kind = kind;
        Id = id;
        _members = members is null ? null : [.. members];
    }

    public ScopeKind Kind { get; }
    /// <summary>The person, team or department; null for the leadership and for everyone.</summary>
    public Guid? Id { get; }
    /// <summary>Null for everyone.</summary>
    public IReadOnlySet<Guid>? Members => _members;

    public static Scope Everyone { get; } = new(ScopeKind.Everyone, null, null);

    public static Scope Person(Guid personId) => new(ScopeKind.Person, personId, [personId]);

    public static Scope Team(Guid teamId, IEnumerable<Guid> members) => new(ScopeKind.Team, teamId, members);

    public static Scope Department(Guid departmentId, IEnumerable<Guid> members) => new(ScopeKind.Department, departmentId, members);

    public static Scope Leadership(IEnumerable<Guid> leaders) => new(ScopeKind.Leadership, null, leaders);

    public bool Includes(Guid personId) => _members is null || _members.Contains(personId);
}

/// <summary>Who belongs where: team and department members, and the people who make up the leadership.</summary>
public sealed record Membership(
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> Teams,
    IReadOnlyDictionary<Guid, IReadOnlySet<Guid>> Departments,
    IReadOnlySet<Guid> Leadership)
{
    /// <summary>Every person, team and department scope, and the leadership, in a stable order (kind, then id) that says nothing about performance.</summary>
    public IReadOnlyList<Scope> Scopes()
    {
        var people = Teams.Values.Concat(Departments.Values).SelectMany(m => m).Concat(Leadership).Distinct().Order();
        return
        [
            .. people.Select(Scope.Person),
            .. Teams.OrderBy(t => t.Key).Select(t => Scope.Team(t.Key, t.Value)),
            .. Departments.OrderBy(d => d.Key).Select(d => Scope.Department(d.Key, d.Value)),
            Scope.Leadership(Leadership),
        ];
    }
}

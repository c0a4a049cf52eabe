namespace Baton.Core.Routing;

/// <summary>
/// The people who can be offered work in this pass, longest idle first, indexed by department and by skill so that
/// finding someone for an item scans the smallest list that can hold the answer rather than everyone. Each person
/// takes at most one offer per pass; a cursor per list skips the taken people at its head for good.
/// </summary>
internal sealed class CandidatePool
{
    private readonly RoutingCandidate[] _people;
    private readonly HashSet<string>[] _skills;
    private readonly bool[] _taken;
    private readonly Slice _everyone;
    private readonly Dictionary<Guid, Slice> _byDepartment = [];
    private readonly Dictionary<string, Slice> _bySkill = new(StringComparer.Ordinal);

    public CandidatePool(IEnumerable<RoutingCandidate> people)
    {
        _people = [.. people.OrderBy(p => p.IdleSince).ThenBy(p => p.PersonId)];
        _skills = new HashSet<string>[_people.Length];
        _taken = new bool[_people.Length];
        var all = new List<int>(_people.Length);
        for (var i = 0; i < _people.Length; i++)
        {
            var person = _people[i];
            _skills[i] = new HashSet<string>(RoutingSkills.Normalize(person.Skills), StringComparer.Ordinal);
            all.Add(i);
            if (person.DepartmentId is { } department)
            {
                SliceOf(_byDepartment, department).Indexes.Add(i);
            }
            foreach (var skill in _skills[i])
            {
                SliceOf(_bySkill, skill).Indexes.Add(i);
            }
        }
        _everyone = new Slice(all);
    }

    public int Count => _people.Length;

    /// <summary>
    /// Takes the longest-idle person in the department (any, when null) with every skill who passes <paramref name="accepts"/>.
    /// </summary>
    public RoutingCandidate? Take(Guid? departmentId, IReadOnlyCollection<string> skills, Func<RoutingCandidate, bool> accepts)
    {
        var slice = Narrowest(departmentId, skills);
        if (slice is null)
        {
            return null;
        }
        while (slice.Start < slice.Indexes.Count && _taken[slice.Indexes[slice.Start]])
        {
            slice.Start++;
        }
        for (var n = slice.Start; n < slice.Indexes.Count; n++)
        {
            var i = slice.Indexes[n];
            var person = _people[i];
            if (_taken[i] || (departmentId is { } d && person.DepartmentId != d) || !HasAll(i, skills) || !accepts(person))
            {
                continue;
            }
            _taken[i] = true;
            return person;
        }
        return null;
    }

    private Slice? Narrowest(Guid? departmentId, IReadOnlyCollection<string> skills)
    {
        var best = _everyone;
        if (departmentId is { } d)
        {
            if (!_byDepartment.TryGetValue(d, out var ofDepartment))
            {
                return null;
            }
            best = ofDepartment;
        }
        foreach (var skill in skills)
        {
            if (!_bySkill.TryGetValue(skill, out var withSkill))
            {
                return null;
            }
            if (withSkill.Remaining < best.Remaining)
            {
                best = withSkill;
            }
        }
        return best;
    }

    private bool HasAll(int i, IReadOnlyCollection<string> skills)
    {
        foreach (var skill in skills)
        {
            if (!_skills[i].Contains(skill))
            {
                return false;
            }
        }
        return true;
    }

    private static Slice SliceOf<TKey>(Dictionary<TKey, Slice> index, TKey key) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var slice))
        {
            slice = new Slice([]);
            index[key] = slice;
        }
        return slice;
    }

    /// <summary>Indexes into the idle order, and how many at its head are known to be taken.</summary>
    private sealed class Slice(List<int> indexes)
    {
        public List<int> Indexes { get; } = indexes;
        public int Start { get; set; }
        public int Remaining => Indexes.Count - Start;
    }
}

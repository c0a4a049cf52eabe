namespace Baton.Core.Routing;

/// <summary>
/// The people who can be offered work in this pass, longest idle first, indexed by department, by skill and by both, so that
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
    private readonly Dictionary<(Guid, string), Slice> _byDepartmentSkill = [];

    public CandidatePool(IEnumerable<RoutingCandidate> people)
    {
        _people = [.. people];
        var idleSince = Array.ConvertAll(_people, p => p.IdleSince);
        Array.Sort(idleSince, _people, Comparer<DateTime>.Default);
        // Ties in idle time go to the lower id, so a decision never depends on the order people were listed in.
        SortTies(idleSince);
        _skills = new HashSet<string>[_people.Length];
        _taken = new bool[_people.Length];
        var all = new List<int>(_people.Length);
        for (var i = 0; i < _people.Length; i++)
        {
            var person = _people[i];
            _skills[i] = SkillSet(person.Skills);
            all.Add(i);
            if (person.DepartmentId is { } department)
            {
                SliceOf(_byDepartment, department).Indexes.Add(i);
            }
            foreach (var skill in _skills[i])
            {
                SliceOf(_bySkill, skill).Indexes.Add(i);
                if (person.DepartmentId is { } d)
                {
                    SliceOf(_byDepartmentSkill, (d, skill)).Indexes.Add(i);
                }
            }
        }
        _everyone = new Slice(all);
    }

    public int Count => _people.Length;

    /// <summary>Trimmed, lower-case skills; stored skills already are, so this allocates nothing per skill for them.</summary>
    private static HashSet<string> SkillSet(IReadOnlyCollection<string> skills)
    {
        var set = new HashSet<string>(skills.Count, StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            var normalized = skill.Trim().ToLowerInvariant();
            if (normalized.Length > 0)
            {
                set.Add(normalized);
            }
        }
        return set;
    }

    private void SortTies(DateTime[] idleSince)
    {
        var start = 0;
        for (var i = 1; i <= _people.Length; i++)
        {
            if (i == _people.Length || idleSince[i] != idleSince[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(_people, start, i - start, Comparer<RoutingCandidate>.Create((a, b) => a.PersonId.CompareTo(b.PersonId)));
                }
                start = i;
            }
        }
    }

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
            var found = departmentId is { } department
                ? _byDepartmentSkill.TryGetValue((department, skill), out var withSkill)
                : _bySkill.TryGetValue(skill, out withSkill);
            if (!found || withSkill is null)
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

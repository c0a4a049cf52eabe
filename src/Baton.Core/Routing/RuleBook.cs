namespace Baton.Core.Routing;

/// <summary>
/// Finds the rule for a piece of work: the rule named by its queue, else the rule of its department, else
/// <see cref="RoutingRule.Default"/>. Work that overflowed is served by its new department's rule.
/// </summary>
public sealed class RuleBook
{
    private readonly Dictionary<string, RoutingRule> _byQueue = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Guid, RoutingRule> _byDepartment = [];

    public RuleBook(IEnumerable<RoutingRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        // Ordered by queue name so that, of two rules for one department, the same one always wins.
        foreach (var rule in rules.OrderBy(r => r.Queue, StringComparer.OrdinalIgnoreCase))
        {
            _byQueue.TryAdd(rule.Queue, rule);
            if (rule.DepartmentId is { } department)
            {
                _byDepartment.TryAdd(department, rule);
            }
        }
    }

    public static RuleBook Empty { get; } = new([]);

    public RoutingRule For(string queue, Guid? departmentId, bool overflowed)
    {
        if (!overflowed && _byQueue.TryGetValue(queue, out var named))
        {
            return named;
        }
        return departmentId is { } d && _byDepartment.TryGetValue(d, out var ofDepartment) ? ofDepartment : RoutingRule.Default;
    }
}

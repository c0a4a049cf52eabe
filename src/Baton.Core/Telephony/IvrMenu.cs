using System.Text.RegularExpressions;

namespace Baton.Core.Telephony;

/// <summary>One caller choice in a queue's IVR menu ("press 2 for billing") and the department it is meant to reach.</summary>
public sealed record IvrMenuOption(string Choice, string Label, Guid DepartmentId);

/// <summary>Rules for queue names and IVR menus: plain data, checked before anything is saved.</summary>
public static partial class IvrMenu
{
    public const int MaxOptions = 20;
    public const int MaxLabelLength = 100;

    /// <summary>A queue's name as the PBX sends it (e.g. "queue", "billing-en"): 1–64 letters, digits, '.', '_', '-', '+'.</summary>
    public static string RequireQueueName(string? name)
    {
        var text = name?.Trim() ?? "";
        return QueueNamePattern().IsMatch(text)
            ? text
            : throw new DomainException("queue", "A queue name is 1 to 64 letters, digits, '.', '_', '-' or '+', as the PBX sends it.");
    }

    /// <summary>
    /// The menu's options, cleaned: each choice is 1–8 keypad characters (0–9, *, #) and appears once, each has a label
    /// and names a department. Which departments exist is for the caller to check.
    /// </summary>
    public static IReadOnlyList<IvrMenuOption> Validate(IEnumerable<IvrMenuOption>? options)
    {
        var list = (options ?? []).ToList();
        if (list.Count > MaxOptions)
        {
            throw new DomainException("menu", $"A menu has at most {MaxOptions} options.");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var clean = new List<IvrMenuOption>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var field = $"menu[{i}]";
            var option = list[i] ?? throw new DomainException(field, "An option is required.");
            var choice = option.Choice?.Trim() ?? "";
            if (!ChoicePattern().IsMatch(choice))
            {
                throw new DomainException($"{field}.choice", "A choice is 1 to 8 keypad characters: 0–9, * or #.");
            }
            if (!seen.Add(choice))
            {
                throw new DomainException($"{field}.choice", $"Choice '{choice}' appears twice in the menu.");
            }
            var label = option.Label?.Trim() ?? "";
            if (label.Length is 0 or > MaxLabelLength)
            {
                throw new DomainException($"{field}.label", $"Say what the option offers, up to {MaxLabelLength} characters.");
            }
            if (option.DepartmentId == Guid.Empty)
            {
                throw new DomainException($"{field}.departmentId", "Each option names the department it should reach.");
            }
            clean.Add(new IvrMenuOption(choice, label, option.DepartmentId));
        }
        return clean;
    }

    /// <summary>
    /// Whether a call that came in by a menu option was misrouted: it was transferred to a department other than the
    /// one the option was meant to reach. Calls without an option, or not transferred, are not counted.
    /// </summary>
    public static bool IsMisrouted(Guid? optionDepartment, IEnumerable<Guid?> transferredToDepartments) =>
        optionDepartment is { } meant && transferredToDepartments.Any(d => d is { } actual && actual != meant);

    [GeneratedRegex(@"^[A-Za-z0-9._+\-]{1,64}$")]
    private static partial Regex QueueNamePattern();

    [GeneratedRegex(@"^[0-9*#]{1,8}$")]
    private static partial Regex ChoicePattern();
}

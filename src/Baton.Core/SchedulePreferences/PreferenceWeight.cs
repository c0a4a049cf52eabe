namespace Baton.Core.SchedulePreferences;

/// <summary>How much a person wants a preferred shift window. Stored by name: never rename.</summary>
public enum PreferenceWeight
{
    Low = 1,
    Medium = 2,
    High = 3,
}

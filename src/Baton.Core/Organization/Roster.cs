namespace Baton.Core.Organization;

/// <summary>Pure questions about who is on duty when.</summary>
public static class Roster
{
    public static bool IsOnShift(IEnumerable<Shift> shiftsOfPerson, DateTime instant) =>
        shiftsOfPerson.Any(s => s.Covers(instant));

    /// <summary>The shift covering the instant, if any.</summary>
    public static Shift? CurrentShift(IEnumerable<Shift> shiftsOfPerson, DateTime instant) =>
        shiftsOfPerson.Where(s => s.Covers(instant)).OrderBy(s => s.End).LastOrDefault();

    /// <summary>The first shift starting after the instant, if any.</summary>
    public static Shift? NextShift(IEnumerable<Shift> shiftsOfPerson, DateTime instant) =>
        shiftsOfPerson.Where(s => s.Start > instant).OrderBy(s => s.Start).FirstOrDefault();
}

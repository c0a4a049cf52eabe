namespace Baton.Core;

/// <summary>A rule of the domain refused a change. Field names the input at fault so the API can say which.</summary>
public class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

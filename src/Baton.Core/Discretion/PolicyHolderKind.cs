namespace Baton.Core.Discretion;

/// <summary>Whom a discretion policy is for: everyone holding a role, or one person (which overrides their roles' policies).</summary>
public enum PolicyHolderKind
{
    Role = 1,
    Person = 2,
}

namespace Baton.Core.Commitments;

/// <summary>Who a promise was made to.</summary>
public enum PromiseeKind
{
    Customer = 1,
    Person = 2,
    Team = 3,
    Department = 4,
}

/// <summary>The party a commitment is owed to: a customer, a person, a team or a department, by id.</summary>
public sealed record Promisee(PromiseeKind Kind, Guid Id)
{
    public static Promisee Customer(Guid id) => new(PromiseeKind.Customer, id);
    public static Promisee Person(Guid id) => new(PromiseeKind.Person, id);
    public static Promisee Team(Guid id) => new(PromiseeKind.Team, id);
    public static Promisee Department(Guid id) => new(PromiseeKind.Department, id);
}

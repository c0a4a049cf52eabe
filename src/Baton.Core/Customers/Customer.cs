using Baton.Core.Organization;

namespace Baton.Core.Customers;

/// <summary>Someone the center makes promises to. Kept minimal: who they are and how and when to reach them.</summary>
public sealed class Customer
{
    private Customer() { }

    public Customer(Guid id, string name, IEnumerable<string> phones, string? email, string? preferredContactTimes, DateTime now)
    {
        Id = id;
        CreatedAt = Instants.Normalize(now);
        Update(name, phones, email, preferredContactTimes);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>Phone numbers as given, trimmed; the first is the main number.</summary>
    public List<string> Phones { get; private set; } = [];
    public string? Email { get; private set; }
    /// <summary>In the customer's words, e.g. "weekdays after 17:00".</summary>
    public string? PreferredContactTimes { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public void Update(string name, IEnumerable<string> phones, string? email, string? preferredContactTimes)
    {
        var cleanPhones = CustomerRules.RequirePhones(phones);
        var cleanEmail = CustomerRules.OptionalEmail(email);
        if (cleanPhones.Count == 0 && cleanEmail is null)
        {
            throw new DomainException("phone", "Give a phone number or an email address, so the customer can be reached.");
        }
        Name = OrganizationRules.RequireName(name, "name");
        Phones = cleanPhones;
        Email = cleanEmail;
        PreferredContactTimes = string.IsNullOrWhiteSpace(preferredContactTimes) ? null : preferredContactTimes.Trim();
    }
}

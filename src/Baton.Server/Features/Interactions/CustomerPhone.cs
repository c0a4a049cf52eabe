namespace Baton.Server.Features.Interactions;

/// <summary>A customer's phone number in E.164, so a caller is matched with one indexed lookup.</summary>
public sealed class CustomerPhone
{
    public Guid Id { get; init; }
    public Guid CustomerId { get; init; }
    public required string Number { get; init; }
}

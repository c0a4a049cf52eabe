using Baton.Server.Features.Access;

namespace Baton.Server.Features.Customers;

public static class CustomersApi
{
    public static IEndpointRouteBuilder MapCustomersApi(this IEndpointRouteBuilder app)
    {
        // People and integrations (CRM, telephony) both create and look up customers.
        var group = app.MapGroup("/api/v1/customers").WithTags("Customers").RequireAuthorization(Policies.PersonOrIntegration);
        group.MapPost("/", CreateCustomer.Handle).WithName("CreateCustomer").WithSummary("Create a customer");
        group.MapGet("/", FindCustomers.Search).WithName("SearchCustomers").WithSummary("Find customers by name, email or phone");
        group.MapGet("/{id:guid}", FindCustomers.Get).WithName("GetCustomer").WithSummary("One customer");
        group.MapPut("/{id:guid}", UpdateCustomer.Handle).WithName("UpdateCustomer").WithSummary("Update a customer's details");
        return app;
    }
}

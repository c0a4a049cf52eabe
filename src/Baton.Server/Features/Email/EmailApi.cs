using Baton.Server.Data;
using Baton.Server.Features.Access;

namespace Baton.Server.Features.Email;

public static class EmailApi
{
    public static IEndpointRouteBuilder MapEmailApi(this IEndpointRouteBuilder app)
    {
        // Leaders and admins watch outgoing email and push a stuck message again.
        var group = app.MapGroup("/api/v1/email").WithTags("Email").RequireAuthorization(Policies.Leader);
        group.MapGet("/outbox", ListOutbox.Handle).WithName("ListOutbox").WithSummary("Outgoing email with status, attempts and the last error");
        group.MapPost("/outbox/{id:guid}/retry", RetryOutboxEmail.Handle).WithName("RetryOutboxEmail").WithSummary("Try a pending or failed email again now");
        return app;
    }
}

public static class EmailSetup
{
    public static IServiceCollection AddBatonEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => EmailOptions.Read(configuration));
        services.AddSingleton<IEmailTransport, SmtpEmailTransport>();
        services.AddSingleton<EmailOutboxSignal>();
        services.AddSingleton<EmailOutboxInterceptor>();
        services.ConfigureDbContext<SqliteBatonDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<EmailOutboxInterceptor>()));
        services.ConfigureDbContext<PostgresBatonDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<EmailOutboxInterceptor>()));
        services.AddHostedService<EmailOutboxSender>();
        return services;
    }
}

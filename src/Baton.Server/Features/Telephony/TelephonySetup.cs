using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Interactions;

namespace Baton.Server.Features.Telephony;

public static class TelephonySetup
{
    /// <summary>Settings, the phone normaliser, and the customer phone index that runs with every save.</summary>
    public static IServiceCollection AddBatonTelephony(this IServiceCollection services, IConfiguration configuration)
    {
        var options = TelephonyOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(new PhoneNormalizer(options.DefaultRegion));
        services.AddSingleton<CustomerPhoneIndex>();
        services.ConfigureDbContext<SqliteBatonDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CustomerPhoneIndex>()));
        services.ConfigureDbContext<PostgresBatonDb>((sp, o) => o.AddInterceptors(sp.GetRequiredService<CustomerPhoneIndex>()));
        return services;
    }
}

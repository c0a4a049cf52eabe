using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Baton.Server.Features.Demo;

/// <summary>Prints where Baton listens and, in demo mode only, one sign-in per role.</summary>
public static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(no address)";
        var demo = DemoOptions.From(app.Configuration, app.Environment);
        Console.WriteLine();
        Console.WriteLine($"  Baton is running: open {url}");
        if (demo.Enabled)
        {
            Console.WriteLine($"  Demo sign-ins (password '{(app.Configuration["Baton:Demo:Password"] is { Length: > 0 } ? "as configured in Baton:Demo:Password" : demo.Password)}'):");
            foreach (var (userName, role) in DemoOptions.SignIns)
            {
                Console.WriteLine($"    {userName,-16} {role}");
            }
        }
        Console.WriteLine();
    }
}

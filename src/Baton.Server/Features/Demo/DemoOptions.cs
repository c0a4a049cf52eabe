namespace Baton.Server.Features.Demo;

/// <summary>Demo mode seeds a sample contact center on an empty database. On by default in Development only.</summary>
public sealed record DemoOptions(bool Enabled, string Password, string TimeZone)
{
    public static DemoOptions From(IConfiguration configuration, IHostEnvironment environment) => new(
        configuration.GetValue("Baton:Demo:Enabled", environment.IsDevelopment()),
        configuration["Baton:Demo:Password"] is { Length: > 0 } password ? password : "demo",
        configuration["Baton:Demo:TimeZone"] is { Length: > 0 } zone ? zone : "UTC");

    /// <summary>One sign-in per role, printed at start-up.</summary>
    public static readonly IReadOnlyList<(string UserName, string Role)> SignIns =
    [
        ("agent", "Agent"), ("teamlead", "TeamLead"), ("supervisor", "Supervisor"), ("departmenthead", "DepartmentHead"),
        ("manager", "Manager"), ("qualityanalyst", "QualityAnalyst"), ("admin", "Admin"),
    ];
}

using System.Globalization;
using Baton.Core.Organization;
using Baton.Server.Data;
using MudBlazor;

namespace Baton.Server.Features.People.Pages;

/// <summary>Small helpers shared by the People page and its dialogs.</summary>
public static class OrgUi
{
    /// <summary>
    /// Runs one operation on its own DbContext. A Blazor circuit lives for minutes or hours and its events may overlap,
    /// so the page never keeps a context: each load or save gets a fresh scope.
    /// </summary>
    public static async Task<T> InScopeAsync<T>(this IServiceScopeFactory scopes, Func<BatonDb, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BatonDb>());
    }

    public static Color PresenceColor(Presence presence) => presence switch
    {
        Presence.Available => Color.Success,
        Presence.OnCall => Color.Info,
        Presence.WrapUp => Color.Warning,
        Presence.Break => Color.Secondary,
        Presence.Offline => Color.Default,
    };

    public static string PresenceText(Presence presence) => presence switch
    {
        Presence.Available => "Available",
        Presence.OnCall => "On call",
        Presence.WrapUp => "Wrap-up",
        Presence.Break => "Break",
        Presence.Offline => "Offline",
    };

    /// <summary>"17:15" when the instant is on the same local day as now, else "Tue 02:00".</summary>
    public static string Clock(DateTimeOffset local, DateTimeOffset nowLocal) =>
        local.ToString(local.Date == nowLocal.Date ? "HH:mm" : "ddd HH:mm", CultureInfo.InvariantCulture);

    public static string Roles(IEnumerable<Role> roles) => string.Join(", ", roles);
}

using MudBlazor;

namespace Baton.Server.Components.Layout;

public static class BatonTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            Secondary = "#c25e00",
            AppbarBackground = "#1f4e79",
        },
    };
}

using Baton.Core.Discretion;
using MudBlazor;

namespace Baton.Server.Features.Discretion.Pages;

/// <summary>Formatting shared by the Desk card, the Board panel, the Grants page and their dialogs.</summary>
public static class GrantUi
{
    public static Color StatusColor(GrantStatus status) => status switch
    {
        GrantStatus.Granted => Color.Success,
        GrantStatus.Approved => Color.Success,
        GrantStatus.Pending => Color.Warning,
        GrantStatus.Declined => Color.Error,
    };

    public static string Amount(GrantView g) => Money.Format(g.Amount, g.Currency);

    public static string Reference(GrantView g) => $"{g.ReferenceKind} {g.ReferenceId}";

    public static string Reference(GrantReferenceKind kind) => kind switch
    {
        GrantReferenceKind.Interaction => "Interaction (call id)",
        GrantReferenceKind.Customer => "Customer",
        GrantReferenceKind.Case => "Case (id)",
        GrantReferenceKind.Commitment => "Commitment (id)",
    };
}

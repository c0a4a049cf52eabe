using Baton.Core.Discretion;

namespace Baton.Server.Features.Discretion;

/// <summary>How gestures and statuses read for people, in pages, commitments and exports.</summary>
public static class DiscretionText
{
    public static string Gesture(GestureType gesture) => gesture switch
    {
        GestureType.GoodwillCredit => "goodwill credit",
        GestureType.FeeWaiver => "fee waiver",
        GestureType.ExpeditedShipping => "expedited shipping",
    };

    public static string GestureTitle(GestureType gesture) => gesture switch
    {
        GestureType.GoodwillCredit => "Goodwill credit",
        GestureType.FeeWaiver => "Fee waiver",
        GestureType.ExpeditedShipping => "Expedited shipping",
    };

    public static string Status(GrantStatus status) => status switch
    {
        GrantStatus.Granted => "Granted at once",
        GrantStatus.Pending => "Waiting for approval",
        GrantStatus.Approved => "Approved",
        GrantStatus.Declined => "Declined",
    };
}

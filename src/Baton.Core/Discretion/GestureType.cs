namespace Baton.Core.Discretion;

/// <summary>What an agent may give a customer at their own discretion. Stored by name: never rename.</summary>
public enum GestureType
{
    GoodwillCredit = 1,
    FeeWaiver = 2,
    ExpeditedShipping = 3,
}

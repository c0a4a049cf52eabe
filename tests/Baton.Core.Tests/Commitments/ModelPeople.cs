namespace Baton.Core.Tests.Commitments;

/// <summary>The model's small pool: person 0 leads everyone else.</summary>
internal static class ModelPeople
{
    public const int Count = 5;

    public static readonly Guid[] Ids =
    [
        People.Lena, People.Alice, People.Bob, People.Fran, People.Stranger,
    ];

    public static Guid Lead => Ids[0];

    public static Guid At(int index) => Ids[index % Count];
}

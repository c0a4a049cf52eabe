using Baton.Core.Commitments;

namespace Baton.Core.Tests.Commitments;

/// <summary>Fixed ids so failures read the same every run.</summary>
internal static class People
{
    public static readonly Guid Alice = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Bob = Guid.Parse("00000000-0000-0000-0000-0000000000b0");
    /// <summary>Alice's and Bob's team lead.</summary>
    public static readonly Guid Lena = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    /// <summary>A Finance agent who receives hand-offs.</summary>
    public static readonly Guid Fran = Guid.Parse("00000000-0000-0000-0000-0000000000f0");
    public static readonly Guid Stranger = Guid.Parse("00000000-0000-0000-0000-000000000099");
    public static readonly Guid Customer = Guid.Parse("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid Finance = Guid.Parse("00000000-0000-0000-0000-0000000000d1");

    public static OwnerInfo Active(Guid id) => new(id, true);
    public static OwnerInfo Inactive(Guid id) => new(id, false);
}

using Baton.Core.Commitments;

namespace Baton.Core.Tests.Commitments;

/// <summary>Asserts that an operation is refused with exactly the given exception type and leaves the commitment as it was.</summary>
internal static class Refusal
{
    public static TException LeavesUnchanged<TException>(Commitment commitment, Action operation)
        where TException : DomainException
    {
        var before = CommitmentSnapshot.Of(commitment);
        var refusal = Assert.Throws<TException>(operation);
        Assert.Equal(before, CommitmentSnapshot.Of(commitment));
        return refusal;
    }
}

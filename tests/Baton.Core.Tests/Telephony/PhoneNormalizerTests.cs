using Baton.Core.Telephony;

namespace Baton.Core.Tests.Telephony;

public sealed class PhoneNormalizerTests
{
    [Theory]
    [InlineData("US", "+1 (202) 555-0100", "+12025550100")]
    [InlineData("US", "202.555.0100", "+12025550100")]
    [InlineData("US", "0049 30 123456", "+4930123456")]
    [InlineData("DE", "030 123456", "+4930123456")]
    [InlineData("US", "+15550001", "+15550001")]
    public void Numbers_written_differently_normalise_to_one_e164_form(string region, string raw, string expected) =>
        Assert.Equal(expected, new PhoneNormalizer(region).ToE164(raw));

    [Theory]
    [InlineData("anonymous")]
    [InlineData("agent1")]
    [InlineData("")]
    [InlineData(null)]
    public void What_is_not_a_phone_number_normalises_to_nothing(string? raw) => Assert.Null(new PhoneNormalizer("US").ToE164(raw));

    [Fact]
    public void An_unknown_default_region_is_refused()
    {
        var refused = Assert.Throws<DomainException>(() => new PhoneNormalizer("XX"));
        Assert.Equal("defaultRegion", refused.Field);
        Assert.Equal("DE", new PhoneNormalizer(" de ").DefaultRegion);
    }
}

using Baton.Core.Telephony;

namespace Baton.Core.Tests.Telephony;

public sealed class IvrMenuTests
{
    private static readonly Guid Billing = Guid.NewGuid();
    private static readonly Guid Tech = Guid.NewGuid();

    [Fact]
    public void A_menu_is_cleaned_and_kept_in_order()
    {
        var menu = IvrMenu.Validate([new IvrMenuOption(" 1 ", " Billing ", Billing), new IvrMenuOption("2#", "Technical support", Tech)]);
        Assert.Equal([new IvrMenuOption("1", "Billing", Billing), new IvrMenuOption("2#", "Technical support", Tech)], menu);
    }

    [Theory]
    [InlineData("x", "Billing", "menu[1].choice")]
    [InlineData("1", "Billing", "menu[1].choice")]
    [InlineData("3", " ", "menu[1].label")]
    public void Bad_options_are_refused_naming_the_option(string choice, string label, string field)
    {
        var refused = Assert.Throws<DomainException>(() =>
            IvrMenu.Validate([new IvrMenuOption("1", "Billing", Billing), new IvrMenuOption(choice, label, Tech)]));
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Every_option_names_a_department_and_queue_names_are_what_a_pbx_sends()
    {
        Assert.Equal("menu[0].departmentId", Assert.Throws<DomainException>(() => IvrMenu.Validate([new IvrMenuOption("1", "Billing", Guid.Empty)])).Field);
        Assert.Equal("queue-noagent", IvrMenu.RequireQueueName(" queue-noagent "));
        Assert.Equal("queue", Assert.Throws<DomainException>(() => IvrMenu.RequireQueueName("sales queue")).Field);
    }

    [Fact]
    public void A_call_is_misrouted_when_it_was_transferred_to_another_department_than_its_option_meant()
    {
        Assert.True(IvrMenu.IsMisrouted(Billing, [Tech]));
        Assert.False(IvrMenu.IsMisrouted(Billing, [Billing]));
        Assert.False(IvrMenu.IsMisrouted(Billing, []));
        Assert.False(IvrMenu.IsMisrouted(null, [Tech]));
    }
}

using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Expectations;

/// <summary>The Expectations page as the server prerenders it: the demo expectations for everyone, the add button for managers and admins.</summary>
public abstract partial class ExpectationsPageTests(BatonApp app)
{
    [SkippableFact]
    public async Task Everyone_sees_the_expectations_grouped_by_what_they_apply_to_but_only_managers_may_add()
    {
        var html = await PageAsync("agent");
        Assert.Contains("data-kind=\"Role\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Department\"", html, StringComparison.Ordinal);
        Assert.Contains("Finance accepts hand-offs within 30 business minutes, 90% of the time.", html, StringComparison.Ordinal);
        Assert.Contains("Agreed at the quarterly service review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-expectation\"", html, StringComparison.Ordinal);

        var managerHtml = await PageAsync("manager");
        var add = AddButton().Match(managerHtml);
        Assert.True(add.Success);
        Assert.Contains("disabled", add.Value, StringComparison.Ordinal);
    }

    private Task<string> PageAsync(string userName) => app.PageAsync(userName, "/expectations");

    [GeneratedRegex("<button[^>]*data-testid=\"add-expectation\"[^>]*>")]
    private static partial Regex AddButton();

}

public sealed class ExpectationsPageTestsOnSqlite(SqliteApp app) : ExpectationsPageTests(app), IClassFixture<SqliteApp>;

public sealed class ExpectationsPageTestsOnPostgres(PostgresApp app) : ExpectationsPageTests(app), IClassFixture<PostgresApp>;

using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.People;

/// <summary>The People page as the server prerenders it: the org chart and the on-shift list for everyone, edit controls for admins only.</summary>
public abstract partial class PeoplePageTests(BatonApp app)
{
    [SkippableFact]
    public async Task Everyone_sees_the_org_chart_and_who_is_on_shift_but_no_edit_controls()
    {
        var html = await PeoplePageAsync("agent");
        Assert.Contains("data-testid=\"org-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"on-shift-list\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"people-search\"", html, StringComparison.Ordinal);
        Assert.Contains("data-department=\"Finance\"", html, StringComparison.Ordinal);
        Assert.Contains("data-team=\"Support Blue\"", html, StringComparison.Ordinal);
        Assert.Matches(PersonRow("agent"), html);
        Assert.Matches(OnShiftRow("agent"), html);
        Assert.DoesNotMatch(OnShiftRow("casey"), html);
        Assert.Contains("Alex Rivera", html, StringComparison.Ordinal);
        foreach (var control in new[] { "add-person", "edit-person", "deactivate-person", "reactivate-person", "add-department", "add-team", "schedule-shift", "admin-actions" })
        {
            Assert.DoesNotContain($"data-testid=\"{control}\"", html, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Admins_see_edit_controls_disabled_until_the_circuit_is_live()
    {
        var html = await PeoplePageAsync("admin");
        foreach (var control in new[] { "add-person", "edit-person", "deactivate-person", "add-department", "add-team", "schedule-shift" })
        {
            Assert.Contains($"data-testid=\"{control}\"", html, StringComparison.Ordinal);
        }
        // Prerendered HTML is not interactive yet: the buttons come disabled.
        var addPerson = AddPersonButton().Match(html);
        Assert.True(addPerson.Success);
        Assert.Contains("disabled", addPerson.Value, StringComparison.Ordinal);
    }

    private Task<string> PeoplePageAsync(string userName) => app.PageAsync(userName, "/people");

    private static Regex PersonRow(string userName) => new($"data-testid=\"person-row\"[^>]*data-username=\"{Regex.Escape(userName)}\"");

    private static Regex OnShiftRow(string userName) => new($"data-testid=\"on-shift-row\"[^>]*data-username=\"{Regex.Escape(userName)}\"");

    [GeneratedRegex("<button[^>]*data-testid=\"add-person\"[^>]*>|<button[^>]*disabled[^>]*data-testid=\"add-person\"[^>]*>")]
    private static partial Regex AddPersonButton();

}

public sealed class PeoplePageTestsOnSqlite(SqliteApp app) : PeoplePageTests(app), IClassFixture<SqliteApp>;

public sealed class PeoplePageTestsOnPostgres(PostgresApp app) : PeoplePageTests(app), IClassFixture<PostgresApp>;

using System.Net;
using System.Net.Http.Json;
using Baton.Cli.Commands;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Cli;

/// <summary>baton admin create on a brand-new SQLite file: migrations, the person, the password hash and the audit event.</summary>
public sealed class AdminCreateCliTests : IDisposable
{
    private const string Secret = "correct horse battery";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"baton-cli-{Guid.NewGuid():N}");

    private string File => Path.Combine(_folder, "data", "baton.db");

    [Fact]
    public async Task Creates_the_first_admin_in_a_fresh_database()
    {
        var run = await CliRun.RunAsync("admin", "create", "--db", File, "--user", "Root", "--name", "Rita Root", "--password", Secret);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("'root'", run.Out, StringComparison.Ordinal);

        await using var db = Open();
        var person = await db.People.SingleAsync();
        Assert.Equal("root", person.UserName);
        Assert.Equal("Rita Root", person.DisplayName);
        Assert.Equal([Role.Admin], person.Roles);
        Assert.True(person.Active);
        var hasher = new PasswordHasher<Person>();
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(person, person.PasswordHash!, Secret));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(person, person.PasswordHash!, "wrong password"));

        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal(AuditEventType.PersonCreated, audit.Type);
        Assert.Equal($"person/{person.Id:D}", audit.Subject);
        Assert.Equal(AdminCreateCommand.CliActor.Name, audit.ActorName);
        Assert.Contains("\"userName\":\"root\"", audit.After, StringComparison.Ordinal);

        var verify = await CliRun.RunAsync("audit", "verify", "--db", File);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.StartsWith("OK: 1 events, 0 checkpoints, 1 not yet sealed", verify.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_user_name_that_exists()
    {
        Assert.Equal(0, (await CliRun.RunAsync("admin", "create", "--db", File, "--user", "root", "--name", "Rita Root", "--password", Secret)).ExitCode);
        var again = await CliRun.RunAsync("admin", "create", "--db", File, "--user", "ROOT", "--name", "Someone Else", "--password", Secret);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        await using var db = Open();
        Assert.Equal(1, await db.People.CountAsync());
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task Takes_the_password_from_the_environment_or_standard_input()
    {
        var fromEnvironment = await CliRun.RunAsync(["admin", "create", "--db", File, "--user", "envadmin", "--name", "Env Admin"],
            stdin: "", environment: new Dictionary<string, string> { [AdminCreateCommand.PasswordVariable] = "from-the-environment" }, time: null);
        Assert.True(fromEnvironment.ExitCode == 0, fromEnvironment.ToString());
        var fromStdin = await CliRun.RunAsync(["admin", "create", "--db", File, "--user", "stdinadmin", "--name", "Stdin Admin"],
            stdin: "from-standard-input\n", environment: null, time: null);
        Assert.True(fromStdin.ExitCode == 0, fromStdin.ToString());

        await using var db = Open();
        var hasher = new PasswordHasher<Person>();
        var env = await db.People.SingleAsync(p => p.UserName == "envadmin");
        var stdin = await db.People.SingleAsync(p => p.UserName == "stdinadmin");
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(env, env.PasswordHash!, "from-the-environment"));
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(stdin, stdin.PasswordHash!, "from-standard-input"));
    }

    [Fact]
    public async Task Bad_input_exits_2_and_changes_nothing()
    {
        var shortPassword = await CliRun.RunAsync("admin", "create", "--db", File, "--user", "root", "--name", "Rita Root", "--password", "short");
        Assert.Equal(2, shortPassword.ExitCode);
        Assert.Contains("at least", shortPassword.Error, StringComparison.Ordinal);
        var badUser = await CliRun.RunAsync("admin", "create", "--db", File, "--user", "no spaces", "--name", "Rita Root", "--password", Secret);
        Assert.Equal(2, badUser.ExitCode);
        Assert.Contains("userName", badUser.Error, StringComparison.Ordinal);
        var missingName = await CliRun.RunAsync("admin", "create", "--db", File, "--user", "root", "--password", Secret);
        Assert.Equal(2, missingName.ExitCode);
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task Verify_on_a_missing_file_is_a_clear_error_with_exit_2()
    {
        var run = await CliRun.RunAsync("audit", "verify", "--db", File);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains(File, run.Error, StringComparison.Ordinal);
        Assert.False(System.IO.File.Exists(File));
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var root = await CliRun.RunAsync("--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("audit", root.Out, StringComparison.Ordinal);
        Assert.Contains("admin", root.Out, StringComparison.Ordinal);
        var audit = await CliRun.RunAsync("audit", "--help");
        Assert.Contains("verify", audit.Out, StringComparison.Ordinal);
        var admin = await CliRun.RunAsync("admin", "--help");
        Assert.Contains("create", admin.Out, StringComparison.Ordinal);
    }

    private SqliteBatonDb Open() => new(new DbContextOptionsBuilder<SqliteBatonDb>().UseSqlite($"Data Source={File}").Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>An admin created from the command line on a running installation's database can sign in and act as admin.</summary>
public abstract class AdminCreateOnLiveDatabaseTests(BatonApp app)
{
    [SkippableFact]
    public async Task The_new_admin_can_get_a_token_and_use_admin_endpoints()
    {
        app.RequireDatabase();
        _ = app.Server;
        const string password = "a-fresh-admin-password";
        var run = await CliRun.RunAsync("admin", "create", "--db", CliRun.DbOf(app), "--user", "opsadmin", "--name", "Ops Admin", "--password", password);
        Assert.True(run.ExitCode == 0, run.ToString());

        var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "opsadmin", password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = (await response.Content.ReadFromJsonAsync<TokenBody>())!;
        Assert.Contains("Admin", token.Roles);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/settings/api-tokens")).StatusCode);

        var again = await CliRun.RunAsync("admin", "create", "--db", CliRun.DbOf(app), "--user", "admin", "--name", "Adrian Cole", "--password", password);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error, StringComparison.Ordinal);

        var verify = await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app));
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.NotNull(await app.WithDbAsync(db => db.People.AsNoTracking().SingleOrDefaultAsync(p => p.UserName == "opsadmin" && p.Active)));
    }

    private sealed record TokenBody(string Token, List<string> Roles);
}

public sealed class AdminCreateOnLiveDatabaseTestsOnSqlite(SqliteApp app) : AdminCreateOnLiveDatabaseTests(app), IClassFixture<SqliteApp>;

public sealed class AdminCreateOnLiveDatabaseTestsOnPostgres(PostgresApp app) : AdminCreateOnLiveDatabaseTests(app), IClassFixture<PostgresApp>;

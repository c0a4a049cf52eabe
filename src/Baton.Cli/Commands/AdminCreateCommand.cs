using System.CommandLine;
using System.Data.Common;
using System.Text;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baton.Cli.Commands;

/// <summary>
/// baton admin create: applies migrations and creates an administrator, recording PersonCreated in the audit log.
/// This is how an installation without demo data gets its first admin. Refuses (exit 1) when the user name is taken.
/// </summary>
public static class AdminCreateCommand
{
    public const string PasswordVariable = "BATON_ADMIN_PASSWORD";
    public const int MinimumPasswordLength = 8;

    /// <summary>Who the audit log names as the author of a change made from the command line.</summary>
    public static readonly Actor CliActor = new(null, "baton-cli");

    public static Command Create(CliHost host)
    {
        var database = new CliDatabase();
        var user = new Option<string>("--user") { Description = "User name to sign in with (2–64 of a–z, 0–9, '.', '-', '_').", Required = true };
        var name = new Option<string>("--name") { Description = "Display name, e.g. \"Adrian Cole\".", Required = true };
        var password = new Option<string?>("--password")
        {
            Description = $"The password. Prefer {PasswordVariable} or standard input: arguments can show up in process lists and shell history.",
        };
        var timeZone = new Option<string>("--time-zone") { Description = "IANA time zone the admin works in.", DefaultValueFactory = _ => "UTC" };
        var command = new Command("create", $"Create an administrator. The password comes from --password, else {PasswordVariable}, else standard input.");
        database.AddTo(command);
        command.Options.Add(user);
        command.Options.Add(name);
        command.Options.Add(password);
        command.Options.Add(timeZone);
        command.SetAction((parsed, ct) => RunAsync(host, database.Resolve(parsed), parsed.GetRequiredValue(user), parsed.GetRequiredValue(name),
            parsed.GetValue(password), parsed.GetRequiredValue(timeZone), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliHost host, CliDatabase.Target target, string userName, string displayName, string? password,
        string timeZone, CancellationToken ct)
    {
        password ??= host.Environment(PasswordVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : await ReadPasswordAsync(host);
        if (string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength)
        {
            await host.Error.WriteLineAsync($"error: the password must be at least {MinimumPasswordLength} characters.");
            return ExitCodes.Error;
        }

        Person person;
        try
        {
            person = new Person(Guid.CreateVersion7(), userName, displayName, [Role.Admin], null, timeZone, Instants.FromTimeProvider(host.Time));
        }
        catch (DomainException ex)
        {
            await host.Error.WriteLineAsync($"error: {ex.Field}: {ex.Message}");
            return ExitCodes.Error;
        }
        person.SetPasswordHash(new PasswordHasher<Person>().HashPassword(person, password));

        try
        {
            if (target.SqliteFile is { } file && Path.GetDirectoryName(file) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }
            await using var db = target.Open();
            await db.MigrateAsync(ct);
            if (await db.People.AnyAsync(p => p.UserName == person.UserName, ct))
            {
                await host.Error.WriteLineAsync($"error: a person with the user name '{person.UserName}' already exists; nothing was changed.");
                return ExitCodes.Failed;
            }
            var now = Instants.FromTimeProvider(host.Time);
            db.People.Add(person);
            await db.RecordAsync(CliActor, now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.PersonCreated, null,
                new { person.UserName, person.DisplayName, person.Roles, person.TeamId }, "administrator created with baton admin create", ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is DbException)
        {
            // Someone created the same user name between the check and the insert.
            await host.Error.WriteLineAsync($"error: could not create '{person.UserName}': {ex.InnerException.Message}");
            return ExitCodes.Failed;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            await host.Error.WriteLineAsync($"error: cannot open {target.Describe()}: {ex.Message}");
            return ExitCodes.Error;
        }
        await host.Out.WriteLineAsync($"Created administrator '{person.UserName}' ({person.DisplayName}) in {target.Describe()}.");
        return ExitCodes.Ok;
    }

    /// <summary>One line from standard input; typed characters are not echoed when a person types it.</summary>
    private static async Task<string?> ReadPasswordAsync(CliHost host)
    {
        if (!host.InteractiveInput)
        {
            return (await host.In.ReadLineAsync())?.TrimEnd('\r', '\n');
        }
        await host.Error.WriteAsync("Password: ");
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                {
                    text.Length--;
                }
                continue;
            }
            if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        await host.Error.WriteLineAsync();
        return text.ToString();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Server.Components;
using Baton.Server.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Baton.Server.Tests.Infrastructure;

/// <summary>
/// The real Baton host on a throwaway database, with the demo center seeded and time under the test's control.
/// One instance per test class (IClassFixture); each provider derives its own.
/// </summary>
public abstract class BatonApp : WebApplicationFactory<App>, IAsyncLifetime
{
    /// <summary>Demo password used by every test host.</summary>
    public const string Password = "demo-test-password";

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Why the database for this provider cannot be used here; null when it can.</summary>
    public string? Unavailable { get; protected set; }

    public abstract string ConnectionString { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Baton", ConnectionString);
        builder.UseSetting("Baton:Demo:Enabled", "true");
        builder.UseSetting("Baton:Demo:Password", Password);
        // The demo ledger (customers and commitments) stays out of the way of tests that count commitments.
        builder.UseSetting("Baton:Demo:Commitments", "false");
        // Tests fire timers explicitly (TimerDispatcher.FireDueAsync) after moving the fake clock; timer tests that
        // need the background service start their own hosts.
        builder.UseSetting("Timers:Enabled", "false");
        builder.UseSetting("Audit:CheckpointSeconds", "3600");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

    /// <summary>Skips (or, under CI, fails) when this provider's database is unavailable.</summary>
    public void RequireDatabase()
    {
        if (Unavailable is null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Provider} is required under CI: {Unavailable}");
        }
        Skip.If(true, Unavailable);
    }

    public HttpClient Anonymous()
    {
        RequireDatabase();
        return CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    /// <summary>A client carrying a bearer token for the given demo user.</summary>
    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.Token;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the login form (cookie), for reading pages as the server prerenders them.</summary>
    public async Task<HttpClient> SignInToPagesAsync(string userName)
    {
        RequireDatabase();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/login");
        var antiforgery = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = antiforgery,
        }));
        if (login.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing {userName} in through the form answered {(int)login.StatusCode}.");
        }
        return client;
    }

    /// <summary>A page as the server prerenders it for the user; asserts 200.</summary>
    public async Task<string> PageAsync(string userName, string path)
    {
        var client = await SignInToPagesAsync(userName);
        var page = await client.GetAsync(path);
        if (page.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{path} answered {(int)page.StatusCode}.");
        }
        return await page.Content.ReadAsStringAsync();
    }

    /// <summary>Runs code against the app's database in its own scope.</summary>
    public async Task<T> WithDbAsync<T>(Func<BatonDb, Task<T>> work)
    {
        RequireDatabase();
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BatonDb>());
    }

    public Task WithDbAsync(Func<BatonDb, Task> work) => WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    private sealed record TokenResponse(string Token);
}

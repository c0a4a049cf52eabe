using System.Text.Json.Serialization;
using Baton.Server.Components;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Cases;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Commitments.Exports;
using Baton.Server.Features.Customers;
using Baton.Server.Features.Demo;
using Baton.Server.Features.Email;
using Baton.Server.Features.Handover;
using Baton.Server.Features.Health;
using Baton.Server.Features.Notifications;
using Baton.Server.Features.People;
using Baton.Server.Features.Timers;
using Baton.Server.Features.Workflows;
using Baton.Server.Infrastructure;
using MudBlazor.Services;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddBatonTimers();
builder.Services.AddCommitmentTiming();
builder.Services.AddBatonCases();
builder.Services.AddBatonHandover();
builder.Services.AddBatonDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddBatonAccess();
builder.Services.AddBatonHealth();
builder.Services.AddBatonMetrics();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<DomainProblemHandler>();
builder.Services.AddValidation();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
builder.Services.AddOpenApi();
builder.Services.AddHostedService<AuditCheckpointService>();
builder.Services.AddScoped<DemoSeeder>();
builder.Services.AddScoped<WorkflowSamplesSeeder>();
builder.Services.AddBatonEmail(builder.Configuration);
builder.Services.AddSingleton<LiveUpdates>();
builder.Services.AddMudServices();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();

await app.PrepareDatabaseAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapBatonHealth();
app.MapBatonMetrics();
app.MapAccessApi();
app.MapPeopleApi();
app.MapCustomersApi();
app.MapBusinessHoursApi();
app.MapCommitmentsApi();
app.MapHandoverApi();
app.MapNotificationsApi();
app.MapCommitmentExports();
app.MapAuditApi();
app.MapWorkflowsApi();
app.MapCasesApi();
app.MapEmailApi();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Lifetime.ApplicationStarted.Register(() => DemoBanner.Print(app));
await app.RunAsync();

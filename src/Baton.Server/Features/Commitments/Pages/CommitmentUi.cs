using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using MudBlazor;

namespace Baton.Server.Features.Commitments.Pages;

/// <summary>What a use case needs from a fresh scope: its own DbContext, the clock and the live-update hub.</summary>
public sealed record CommitmentScope(BatonDb Db, TimeProvider Time, LiveUpdates Live, ClaimsPrincipal User);

/// <summary>Formatting and small helpers shared by the Desk, the Board, the detail page and their dialogs.</summary>
public static class CommitmentUi
{
    public static readonly TimeSpan DueSoon = BoardQuery.DueSoonWindow;

    /// <summary>
    /// Runs one use case on its own scope (a circuit lives long and its events overlap, so pages never keep a DbContext).
    /// Returns null on success, else the problem to show: a refusal from the domain, a conflict, or a vanished commitment.
    /// </summary>
    public static async Task<string?> TryAsync(this IServiceScopeFactory scopes, ClaimsPrincipal user, Func<CommitmentScope, Task> work)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await work(new CommitmentScope(sp.GetRequiredService<BatonDb>(), sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<LiveUpdates>(), user));
            return null;
        }
        catch (NotPermittedException ex)
        {
            return ex.Message;
        }
        catch (ConflictException ex)
        {
            return ex.Message;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return "Someone else changed this commitment at the same moment. It has been reloaded; try again.";
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            return "The change could not be saved. Reload and try again.";
        }
        catch (MissingException ex)
        {
            return ex.Message;
        }
    }

    /// <summary>Unwraps a handler's result; a NotFound becomes a message for the dialog.</summary>
    public static T Require<T>(this Results<Ok<T>, NotFound> result) =>
        result.Result is Ok<T> ok ? ok.Value! : throw new MissingException();

    public static T Require<T>(this Results<Created<T>, NotFound> result) =>
        result.Result is Created<T> created ? created.Value! : throw new MissingException();

    public sealed class MissingException() : Exception("This commitment no longer exists.");

    public static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTime Local(DateTime utc, TimeZoneInfo zone) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>A wall-clock date and time in a zone as a UTC instant; null when the clocks skip that time.</summary>
    public static DateTime? ToUtc(DateTime date, TimeSpan time, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(date.Date + time, DateTimeKind.Unspecified);
        return zone.IsInvalidTime(local) ? null : TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>"in 35 min", "in 2 h 5 min", "12 min ago", "in 3 days".</summary>
    public static string Relative(DateTime due, DateTime now)
    {
        var span = due - now;
        var future = span >= TimeSpan.Zero;
        var abs = span.Duration();
        string text;
        if (abs < TimeSpan.FromMinutes(1))
        {
            return future ? "now" : "just now";
        }
        if (abs < TimeSpan.FromHours(1))
        {
            text = $"{(int)abs.TotalMinutes} min";
        }
        else if (abs < TimeSpan.FromHours(24))
        {
            text = abs.Minutes == 0 ? $"{(int)abs.TotalHours} h" : $"{(int)abs.TotalHours} h {abs.Minutes} min";
        }
        else
        {
            var days = (int)Math.Round(abs.TotalDays);
            text = days == 1 ? "1 day" : $"{days} days";
        }
        return future ? $"in {text}" : $"{text} ago";
    }

    /// <summary>"14:05" today, "Tue 3 Mar 14:05" otherwise, in the viewer's zone.</summary>
    public static string Absolute(DateTime utc, DateTime now, TimeZoneInfo zone)
    {
        var local = Local(utc, zone);
        var today = Local(now, zone).Date;
        return local.ToString(local.Date == today ? "HH:mm" : local.Year == today.Year ? "ddd d MMM HH:mm" : "d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
    }

    public static string Full(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + (zone == TimeZoneInfo.Utc ? " UTC" : "");

    public static bool IsOverdue(CommitmentStatus status, DateTime due, DateTime now) => status != CommitmentStatus.Closed && due <= now;

    public static bool IsDueSoon(CommitmentStatus status, DateTime due, DateTime now) =>
        status != CommitmentStatus.Closed && due > now && due <= now + DueSoon;

    public static string KindText(CommitmentKind kind) => Exports.CalendarFeeds.KindText(kind);

    public static string StatusText(CommitmentStatus status) => status switch
    {
        CommitmentStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static Color StatusColor(CommitmentStatus status, Outcome? outcome) => status switch
    {
        CommitmentStatus.Overdue => Color.Error,
        CommitmentStatus.InProgress => Color.Info,
        CommitmentStatus.Accepted => Color.Primary,
        CommitmentStatus.Closed => outcome switch
        {
            Outcome.Kept => Color.Success,
            Outcome.Broken => Color.Error,
            _ => Color.Default,
        },
        _ => Color.Default,
    };

    public static string KindIcon(CommitmentKind kind) => kind switch
    {
        CommitmentKind.Callback => Icons.Material.Filled.PhoneCallback,
        CommitmentKind.FollowUp => Icons.Material.Filled.Update,
        CommitmentKind.Handoff => Icons.Material.Filled.MoveUp,
        CommitmentKind.Escalation => Icons.Material.Filled.PriorityHigh,
        CommitmentKind.Approval => Icons.Material.Filled.Approval,
        CommitmentKind.ActionItem => Icons.Material.Filled.Checklist,
        CommitmentKind.Request => Icons.Material.Filled.AssignmentInd,
        _ => Icons.Material.Filled.Flag,
    };

    public static string PromiseeText(PromiseeView p) => p.Kind switch
    {
        PromiseeKind.Customer => p.Name ?? "a customer",
        PromiseeKind.Person => p.Name ?? "a colleague",
        PromiseeKind.Team => $"team {p.Name}",
        PromiseeKind.Department => $"{p.Name} department",
        _ => p.Name ?? "",
    };

    public static string PromiseeIcon(PromiseeKind kind) => kind switch
    {
        PromiseeKind.Customer => Icons.Material.Filled.Person,
        PromiseeKind.Person => Icons.Material.Filled.Badge,
        PromiseeKind.Team => Icons.Material.Filled.Groups,
        _ => Icons.Material.Filled.Domain,
    };

    public static string? PromiseeHref(PromiseeView p) => p.Kind == PromiseeKind.Customer ? $"customers/{p.Id:D}" : null;

    /// <summary>The CSS class of a row: red when overdue, amber when due within two hours.</summary>
    public static string RowClass(CommitmentStatus status, DateTime due, DateTime now) =>
        IsOverdue(status, due, now) ? "commitment-row commitment-overdue" : IsDueSoon(status, due, now) ? "commitment-row commitment-due-soon" : "commitment-row";

    public static string ReasonText(CustodyReason reason) => reason switch
    {
        CustodyReason.ShiftHandover => "Shift handover",
        _ => reason.ToString(),
    };

    public static DialogOptions DialogOptions => new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
}

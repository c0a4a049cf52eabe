using Baton.Core;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Infrastructure;

/// <summary>Turns refusals into RFC 9457 problem details: domain rules → 400 naming the field, wrong actor → 403, conflicts → 409.</summary>
public sealed class DomainProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = conflict.Message,
                Extensions = { ["field"] = conflict.Field },
            },
            NotPermittedException notPermitted => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Not permitted",
                Detail = notPermitted.Message,
                Extensions = { ["field"] = notPermitted.Field },
            },
            DomainException domain => new ValidationProblemDetails(new Dictionary<string, string[]> { [domain.Field] = [domain.Message] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request was refused",
                Detail = domain.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "Someone else changed this item at the same time. Reload and try again.",
            },
            DbUpdateException db when UniqueViolation.Matches(db) => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Conflict",
                Detail = "This change collides with another one (a duplicate or a concurrent change). Reload and try again.",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "Bad request",
                Detail = bad.Message,
            },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        http.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }
}

internal static class UniqueViolation
{
    public static bool Matches(DbUpdateException exception) => exception.InnerException switch
    {
        Npgsql.PostgresException pg => pg.SqlState is Npgsql.PostgresErrorCodes.UniqueViolation or Npgsql.PostgresErrorCodes.SerializationFailure,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };
}

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Access;

/// <summary>Admins create integration tokens (shown once, stored hashed), list them and revoke them.</summary>
public static class IntegrationTokens
{
    public sealed record CreateRequest([property: Required, StringLength(100, MinimumLength = 2)] string Name, DateTime? ExpiresAt);

    public sealed record TokenView(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt);

    public sealed record Created(Guid Id, string Name, string Token, string Prefix, DateTime? ExpiresAt);

    public static async Task<Ok<List<TokenView>>> List(BatonDb db, CancellationToken ct)
    {
        var tokens = await db.ApiTokens.AsNoTracking()
            .Where(t => t.Kind == ApiTokenKind.Integration)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenView(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(tokens);
    }

    public static async Task<Results<Created<Created>, ValidationProblem>> Create(
        CreateRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        if (request.ExpiresAt is { } expires && Instants.Normalize(expires) <= now)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["expiresAt"] = ["The expiry must be in the future."] });
        }
        var (token, hash, prefix) = ApiToken.NewSecret("bti_");
        var entity = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            Name = request.Name.Trim(),
            Kind = ApiTokenKind.Integration,
            TokenHash = hash,
            Prefix = prefix,
            CreatedAt = now,
            CreatedById = Principals.PersonIdOf(user),
            ExpiresAt = request.ExpiresAt is null ? null : Instants.Normalize(request.ExpiresAt.Value),
        };
        db.ApiTokens.Add(entity);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("api-token", entity.Id), AuditEventType.ApiTokenCreated,
            null, new { entity.Name, entity.Prefix, entity.ExpiresAt }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/settings/api-tokens/{entity.Id}", new Created(entity.Id, entity.Name, token, prefix, entity.ExpiresAt));
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Revoke(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.Kind == ApiTokenKind.Integration, ct);
        if (token is null)
        {
            return TypedResults.NotFound();
        }
        if (token.RevokedAt is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already revoked", detail: $"The token was revoked at {Instants.Format(token.RevokedAt.Value)}.");
        }
        var now = Instants.FromTimeProvider(time);
        token.RevokedAt = now;
        token.RevokedById = Principals.PersonIdOf(user);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("api-token", token.Id), AuditEventType.ApiTokenRevoked,
            new { token.Name, token.Prefix }, new { token.RevokedAt }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }
}

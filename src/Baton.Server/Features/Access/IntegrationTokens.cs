using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Access;

/// <summary>
/// Admins create integration tokens (shown once, stored hashed), list them and revoke them.
/// ListAsync, CreateAsync and RevokeAsync hold the logic; the API endpoints and the Settings page both call them.
/// </summary>
public static class IntegrationTokens
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;

    public sealed record CreateRequest([property: Required, StringLength(NameMaxLength, MinimumLength = NameMinLength)] string Name, DateTime? ExpiresAt);

    public sealed record TokenView(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt);

    /// <summary>A new token; Token and SigningSecret are shown this once.</summary>
    public sealed record Created(Guid Id, string Name, string Token, string Prefix, DateTime? ExpiresAt, string SigningSecret);

    /// <summary>Either the new token (its secret is in Token, never stored) or the errors by field.</summary>
    public sealed record CreateOutcome(Created? Token, IReadOnlyDictionary<string, string[]> Errors);

    public enum RevokeStatus
    {
        Revoked,
        NotFound,
        AlreadyRevoked,
    }

    /// <summary>RevokedAt is the instant the token is (or already was) revoked.</summary>
    public sealed record RevokeOutcome(RevokeStatus Status, DateTime? RevokedAt);

    public static Task<List<TokenView>> ListAsync(BatonDb db, CancellationToken ct = default) =>
        db.ApiTokens.AsNoTracking()
            .Where(t => t.Kind == ApiTokenKind.Integration)
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new TokenView(t.Id, t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt))
            .ToListAsync(ct);

    public static async Task<CreateOutcome> CreateAsync(BatonDb db, ClaimsPrincipal user, DateTime now, string? name, DateTime? expiresAt,
        CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is < NameMinLength or > NameMaxLength)
        {
            errors["name"] = [$"The name must be {NameMinLength} to {NameMaxLength} characters."];
        }
        if (expiresAt is { } expires && Instants.Normalize(expires) <= now)
        {
            errors["expiresAt"] = ["The expiry must be in the future."];
        }
        if (errors.Count > 0)
        {
            return new CreateOutcome(null, errors);
        }
        var (token, hash, prefix) = ApiToken.NewSecret("bti_");
        var entity = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            Name = trimmed,
            Kind = ApiTokenKind.Integration,
            TokenHash = hash,
            Prefix = prefix,
            CreatedAt = now,
            CreatedById = Principals.PersonIdOf(user),
            ExpiresAt = expiresAt is null ? null : Instants.Normalize(expiresAt.Value),
            SigningSecret = ApiToken.NewSigningSecret(),
        };
        db.ApiTokens.Add(entity);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("api-token", entity.Id), AuditEventType.ApiTokenCreated,
            null, new { entity.Name, entity.Prefix, entity.ExpiresAt }, null, ct);
        await db.SaveChangesAsync(ct);
        return new CreateOutcome(new Created(entity.Id, entity.Name, token, prefix, entity.ExpiresAt, entity.SigningSecret), errors);
    }

    public static async Task<RevokeOutcome> RevokeAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.Kind == ApiTokenKind.Integration, ct);
        if (token is null)
        {
            return new RevokeOutcome(RevokeStatus.NotFound, null);
        }
        if (token.RevokedAt is not null)
        {
            return new RevokeOutcome(RevokeStatus.AlreadyRevoked, token.RevokedAt);
        }
        token.RevokedAt = now;
        token.RevokedById = Principals.PersonIdOf(user);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("api-token", token.Id), AuditEventType.ApiTokenRevoked,
            new { token.Name, token.Prefix }, new { token.RevokedAt }, null, ct);
        await db.SaveChangesAsync(ct);
        return new RevokeOutcome(RevokeStatus.Revoked, now);
    }

    // HTTP endpoints: thin adapters over the functions above.

    public static async Task<Ok<List<TokenView>>> List(BatonDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(db, ct));

    public static async Task<Results<Created<Created>, ValidationProblem>> Create(
        CreateRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var outcome = await CreateAsync(db, user, Instants.FromTimeProvider(time), request.Name, request.ExpiresAt, ct);
        if (outcome.Token is not { } created)
        {
            return TypedResults.ValidationProblem(outcome.Errors);
        }
        return TypedResults.Created($"/api/v1/settings/api-tokens/{created.Id}", created);
    }

    public static async Task<Results<NoContent, NotFound, ProblemHttpResult>> Revoke(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var outcome = await RevokeAsync(db, user, Instants.FromTimeProvider(time), id, ct);
        return outcome.Status switch
        {
            RevokeStatus.NotFound => TypedResults.NotFound(),
            RevokeStatus.AlreadyRevoked => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already revoked",
                detail: $"The token was revoked at {Instants.Format(outcome.RevokedAt!.Value)}."),
            _ => TypedResults.NoContent(),
        };
    }
}

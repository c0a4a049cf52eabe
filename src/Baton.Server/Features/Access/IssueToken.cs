using System.ComponentModel.DataAnnotations;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Baton.Server.Features.Access;

/// <summary>POST /api/v1/auth/token: exchanges a user name and password for a bearer token (12 hours).</summary>
public static class IssueToken
{
    public sealed record Request([property: Required] string UserName, [property: Required] string Password);

    public sealed record Response(string Token, string TokenType, DateTime ExpiresAt, Guid PersonId, string UserName, IReadOnlyList<Role> Roles);

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        Request request, BatonDb db, IPasswordHasher<Person> hasher, TimeProvider time, CancellationToken ct)
    {
        var person = await Credentials.VerifyAsync(db, hasher, request.UserName, request.Password, ct);
        if (person is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed",
                detail: "The user name or password is wrong, or the account is inactive.");
        }
        var now = Instants.FromTimeProvider(time);
        var (token, hash, prefix) = ApiToken.NewSecret("bts_");
        var expires = now + Lifetime;
        db.ApiTokens.Add(new ApiToken
        {
            Id = Guid.CreateVersion7(),
            Name = $"session for {person.UserName}",
            Kind = ApiTokenKind.Session,
            PersonId = person.Id,
            TokenHash = hash,
            Prefix = prefix,
            CreatedAt = now,
            CreatedById = person.Id,
            ExpiresAt = expires,
        });
        await db.RecordAsync(new Actor(person.Id, person.UserName), now, AuditTrail.SubjectOf("person", person.Id),
            AuditEventType.SessionTokenIssued, null, new { prefix, expires }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new Response(token, "Bearer", expires, person.Id, person.UserName, person.Roles));
    }
}

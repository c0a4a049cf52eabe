using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Access;

/// <summary>Checks a user name and password against the stored hash; inactive people cannot sign in.</summary>
public static class Credentials
{
    public static async Task<Person?> VerifyAsync(BatonDb db, IPasswordHasher<Person> hasher, string? userName, string? password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }
        var normalized = userName.Trim().ToLowerInvariant();
        var person = await db.People.FirstOrDefaultAsync(p => p.UserName == normalized, ct);
        if (person is not { Active: true, PasswordHash: not null })
        {
            return null;
        }
        var result = hasher.VerifyHashedPassword(person, person.PasswordHash, password);
        switch (result)
        {
            case PasswordVerificationResult.Failed:
                return null;
            case PasswordVerificationResult.SuccessRehashNeeded:
                person.SetPasswordHash(hasher.HashPassword(person, password));
                await db.SaveChangesAsync(ct);
                return person;
            case PasswordVerificationResult.Success:
                return person;
            default:
                return null;
        }
    }
}

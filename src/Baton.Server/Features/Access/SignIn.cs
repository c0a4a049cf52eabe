using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Baton.Server.Features.Access;

/// <summary>Cookie sign-in and sign-out for people, posted from the static sign-in page.</summary>
public static class SignIn
{
    public static async Task<IResult> SignInAsync(
        [FromForm] string? userName, [FromForm] string? password, [FromForm] string? returnUrl,
        HttpContext http, BatonDb db, IPasswordHasher<Person> hasher, TimeProvider time)
    {
        var ct = http.RequestAborted;
        var now = Instants.FromTimeProvider(time);
        var person = await Credentials.VerifyAsync(db, hasher, userName, password, ct);
        var safeReturn = IsLocal(returnUrl) ? returnUrl! : "/";
        if (person is null)
        {
            return Results.Redirect($"/login?failed=1&returnUrl={Uri.EscapeDataString(safeReturn)}");
        }
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            Principals.ForPerson(person, CookieAuthenticationDefaults.AuthenticationScheme));
        await db.RecordAsync(new Actor(person.Id, person.UserName), now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.SignedIn, null, null, "cookie", ct);
        await db.SaveChangesAsync(ct);
        return Results.LocalRedirect(safeReturn);
    }

    public static async Task<IResult> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect("/login");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
}

using System.Security.Claims;

namespace Baton.Server.Features.Audit;

/// <summary>Who is making the current change: a signed-in person, an integration, or Baton itself.</summary>
public sealed record Actor(Guid? PersonId, string Name)
{
    public static readonly Actor System = new(null, "system");

    public static Actor From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new Actor(null, "anonymous");
        }
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        return new Actor(id, user.Identity.Name ?? "unknown");
    }
}

using System.Security.Claims;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>The caller may not make this change (e.g. someone else's presence): HTTP 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Checks and snapshots shared by the organisation's use cases (API and People page alike).</summary>
public static class PeopleRules
{
    public const int MinimumPasswordLength = 8;

    /// <summary>The endpoints already require the Admin policy; this guards the same use cases when a page calls them.</summary>
    public static void RequireAdmin(ClaimsPrincipal user)
    {
        if (!user.HasRole(Role.Admin))
        {
            throw new ForbiddenException("Only an admin can change the organisation.");
        }
    }

    public static void RequirePassword(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength)
        {
            throw new DomainException("password", $"A password needs at least {MinimumPasswordLength} characters.");
        }
        if (password.Length > 200)
        {
            throw new DomainException("password", "A password can be at most 200 characters.");
        }
    }

    public static string? RequireEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }
        var trimmed = email.Trim();
        if (trimmed.Length > 200 || !System.Net.Mail.MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed)
        {
            throw new DomainException("email", "This is not a valid e-mail address.");
        }
        return trimmed;
    }

    public static IReadOnlyList<string> RequireSkills(IEnumerable<string>? skills)
    {
        var list = (skills ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (list.Count > 30)
        {
            throw new DomainException("skills", "A person can have at most 30 skills.");
        }
        if (list.Any(s => s.Trim().Length > 50))
        {
            throw new DomainException("skills", "A skill can be at most 50 characters.");
        }
        return list;
    }

    public static async Task RequireTeamAsync(BatonDb db, Guid? teamId, CancellationToken ct)
    {
        if (teamId is { } id && !await db.Teams.AnyAsync(t => t.Id == id, ct))
        {
            throw new DomainException("teamId", "There is no team with this id.");
        }
    }

    public static async Task RequireDepartmentAsync(BatonDb db, Guid? departmentId, CancellationToken ct)
    {
        if (departmentId is not { } id || !await db.Departments.AnyAsync(d => d.Id == id, ct))
        {
            throw new DomainException("departmentId", departmentId is null ? "A department is required." : "There is no department with this id.");
        }
    }

    /// <summary>Leads and heads must be people who can act: known and active.</summary>
    public static async Task RequireActivePersonAsync(BatonDb db, Guid? personId, string field, CancellationToken ct)
    {
        if (personId is not { } id)
        {
            return;
        }
        var active = await db.People.Where(p => p.Id == id).Select(p => (bool?)p.Active).FirstOrDefaultAsync(ct);
        if (active is null)
        {
            throw new DomainException(field, "There is no person with this id.");
        }
        if (active == false)
        {
            throw new DomainException(field, "This person is inactive.");
        }
    }

    /// <summary>What the audit trail keeps of a person: never the password hash.</summary>
    public static object Snapshot(Person p) => new
    {
        p.UserName,
        p.DisplayName,
        p.Email,
        Roles = p.Roles.ToArray(),
        p.TeamId,
        Skills = p.Skills.ToArray(),
        p.Active,
        p.TimeZone,
    };

    public static object Snapshot(Team t) => new { t.Name, t.DepartmentId, t.LeadId };

    public static object Snapshot(Department d) => new { d.Name, d.TimeZone, d.HeadId };

    public static object Snapshot(Shift s) => new { s.PersonId, s.Start, s.End, s.TimeZone, s.Label };

    /// <summary>A UTC instant as wall-clock time in an IANA zone (UTC when the zone is unknown on this machine).</summary>
    public static DateTimeOffset InZone(DateTime utc, string timeZone)
    {
        var instant = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? TimeZoneInfo.ConvertTime(instant, zone) : instant;
    }
}

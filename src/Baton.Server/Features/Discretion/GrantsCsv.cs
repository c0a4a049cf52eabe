using System.Globalization;
using System.Security.Claims;
using System.Text;
using Baton.Core;
using Baton.Core.Discretion;
using Baton.Server.Data;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Discretion;

/// <summary>GET /api/v1/grants/export.csv (same filters as the list): one row per grant the caller may see; instants UTC, ISO 8601.</summary>
public static class GrantsCsv
{
    public static readonly string[] Header =
    [
        "Id", "RequestedAt", "Requester", "Gesture", "Amount", "Currency", "ReferenceKind", "Reference", "Reason", "Status", "Why",
        "PerInteractionLimit", "RollingWeekLimit", "Approver", "ApprovalDue", "DecidedBy", "DecidedAt", "DecisionNote",
    ];

    public static async Task<FileContentHttpResult> Handle(Guid? personId, Guid? teamId, GestureType? gesture, DateTime? from, DateTime? to,
        GrantStatus? status, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var grants = await ListGrants.QueryAsync(db, user, new GrantFilter(personId, teamId, gesture, from, to, status), now, ct);
        var name = $"baton-grants-{now.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(Render(grants)), "text/csv; charset=utf-8", name);
    }

    public static string Render(IEnumerable<GrantView> grants)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            foreach (var g in grants)
            {
                csv.WriteRecord(
                [
                    g.Id.ToString("D"), Iso(g.RequestedAt), g.RequesterName, g.Gesture.ToString(), Amount(g.Amount), g.Currency,
                    g.ReferenceKind.ToString(), g.ReferenceId, g.Reason, g.Status.ToString(), g.DecisionWhy,
                    g.PerInteractionLimit is { } pi ? Amount(pi) : "", g.RollingWeekLimit is { } rw ? Amount(rw) : "",
                    g.ApproverName ?? "", g.ApprovalDue is { } due ? Iso(due) : "", g.DecidedByName ?? "",
                    g.DecidedAt is { } at ? Iso(at) : "", g.DecisionNote ?? "",
                ]);
            }
        }
        return writer.ToString();
    }

    /// <summary>The query string for a filter, so the page's download link exports exactly what it shows.</summary>
    public static string QueryOf(GrantFilter filter)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
        Add("personId", filter.PersonId?.ToString("D"));
        Add("teamId", filter.TeamId?.ToString("D"));
        Add("gesture", filter.Gesture?.ToString());
        Add("from", filter.From is { } f ? Iso(f) : null);
        Add("to", filter.To is { } t ? Iso(t) : null);
        Add("status", filter.Status?.ToString());
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    private static string Iso(DateTime value) => Instants.Normalize(value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}

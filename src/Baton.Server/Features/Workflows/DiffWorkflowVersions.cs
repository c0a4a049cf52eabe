using System.Globalization;
using Baton.Core;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>
/// GET /api/v1/workflows/{key}/diff?from=&amp;to=: the unified text diff between two versions and the node ids added,
/// removed and changed. Without <c>to</c>, the latest version; without <c>from</c>, the version before <c>to</c>.
/// </summary>
public static class DiffWorkflowVersions
{
    public sealed record WorkflowDiff(string Key, int From, int To, string UnifiedDiff, IReadOnlyList<string> Added, IReadOnlyList<string> Removed,
        IReadOnlyList<string> Changed);

    public static async Task<Results<Ok<WorkflowDiff>, NotFound>> Handle(string key, int? from, int? to, BatonDb db, CancellationToken ct) =>
        await ExecuteAsync(db, key, from, to, ct) is { } diff ? TypedResults.Ok(diff) : TypedResults.NotFound();

    public static async Task<WorkflowDiff?> ExecuteAsync(BatonDb db, string key, int? from, int? to, CancellationToken ct)
    {
        var numbers = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == key).Select(v => v.Version).OrderBy(v => v).ToListAsync(ct);
        if (numbers.Count == 0)
        {
            return null;
        }
        var toVersion = to ?? numbers[^1];
        var fromVersion = from ?? numbers.LastOrDefault(n => n < toVersion);
        if (!numbers.Contains(toVersion))
        {
            throw new DomainException("to", $"'{key}' has no version {toVersion.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (fromVersion == 0 && from is null)
        {
            fromVersion = toVersion;
        }
        if (!numbers.Contains(fromVersion))
        {
            throw new DomainException("from", $"'{key}' has no version {fromVersion.ToString(CultureInfo.InvariantCulture)}.");
        }
        var texts = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == key && (v.Version == fromVersion || v.Version == toVersion))
            .ToDictionaryAsync(v => v.Version, v => v.Yaml, ct);
        var changes = WorkflowComparison.Compare(texts[fromVersion], texts[toVersion]);
        var unified = UnifiedDiff.Create(texts[fromVersion], texts[toVersion],
            $"{key} v{fromVersion.ToString(CultureInfo.InvariantCulture)}", $"{key} v{toVersion.ToString(CultureInfo.InvariantCulture)}");
        return new WorkflowDiff(key, fromVersion, toVersion, unified, changes.Added, changes.Removed, changes.Changed);
    }
}

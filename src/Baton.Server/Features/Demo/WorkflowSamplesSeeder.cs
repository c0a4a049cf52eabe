using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Publishes the shipped sample workflows (samples/workflows/*.yaml, embedded in the server) in demo mode, through the
/// same draft-and-publish path a manager uses, so the demo's history and audit trail look like real use.
/// </summary>
public sealed class WorkflowSamplesSeeder(BatonDb db, TimeProvider time)
{
    public const string ResourcePrefix = "Baton.Samples.Workflows.";

    /// <summary>The embedded samples: file name → YAML.</summary>
    public static IReadOnlyDictionary<string, string> Samples()
    {
        var assembly = typeof(WorkflowSamplesSeeder).Assembly;
        var samples = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            samples[name[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }
        return samples;
    }

    /// <summary>Publishes each sample whose key has no version yet; keys already present are left alone.</summary>
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        foreach (var (_, yaml) in Samples())
        {
            var definition = CreateWorkflowDraft.Validate(yaml);
            if (await db.WorkflowVersions.AnyAsync(v => v.Key == definition.Key, ct))
            {
                continue;
            }
            var owner = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserName == definition.Owner, ct);
            var actor = owner is null ? Actor.System : new Actor(owner.Id, owner.UserName);
            await CreateWorkflowDraft.ExecuteAsync(db, actor, yaml, now, ct);
            await PublishWorkflowVersion.ExecuteAsync(db, actor, definition.Key, definition.Version, definition.ChangeReason, now, ct);
        }
    }
}

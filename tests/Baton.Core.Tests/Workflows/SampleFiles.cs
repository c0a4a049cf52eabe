using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

/// <summary>Finds the shipped samples from the test's output folder, so tests read the very files that ship.</summary>
internal static class SampleFiles
{
    public static readonly string[] Keys =
    [
        "product-return-missing-finance-details",
        "outbound-upgrade-campaign",
        "headset-firmware-support",
        "inbound-purchase",
    ];

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Baton.slnx")))
                {
                    return Path.Combine(dir.FullName, "samples", "workflows");
                }
            }
            throw new InvalidOperationException("Could not find the repository root (Baton.slnx) above " + AppContext.BaseDirectory);
        }
    }

    public static string DefinitionPath(string key) => Path.Combine(Folder, key + ".yaml");

    public static string TestCasesPath(string key) => Path.Combine(Folder, key + ".tests.yaml");

    public static WorkflowDefinition Load(string key)
    {
        var path = DefinitionPath(key);
        var result = WorkflowReader.Read(File.ReadAllText(path), Path.GetFileName(path));
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.FormatProblems()));
        return result.Definition!;
    }
}

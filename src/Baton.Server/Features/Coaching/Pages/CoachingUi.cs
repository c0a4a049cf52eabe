using Baton.Core.Coaching;
using MudBlazor;

namespace Baton.Server.Features.Coaching.Pages;

/// <summary>Wording and colours shared by the coaching pages and dialogs.</summary>
public static class CoachingUi
{
    public static string StatusText(CoachingStatus status) => status switch
    {
        CoachingStatus.Scheduled => "Scheduled",
        CoachingStatus.Held => "Waiting for the agent",
        CoachingStatus.Acknowledged => "Acknowledged",
        CoachingStatus.Disputed => "Disputed",
        CoachingStatus.DisputeReviewed => "Dispute reviewed",
    };

    public static Color StatusColor(CoachingStatus status) => status switch
    {
        CoachingStatus.Scheduled => Color.Default,
        CoachingStatus.Held => Color.Info,
        CoachingStatus.Acknowledged => Color.Success,
        CoachingStatus.Disputed => Color.Warning,
        CoachingStatus.DisputeReviewed => Color.Primary,
    };

    public static string ConsequenceText(Consequence consequence) => consequence switch
    {
        Consequence.Reward => "Reward",
        Consequence.Repeat => "Coach again",
        Consequence.ImprovementPlan => "Improvement plan",
        Consequence.Release => "Release",
    };

    public static string EvidenceIcon(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Commitment => Icons.Material.Filled.Handshake,
        EvidenceKind.ScorecardFigure => Icons.Material.Filled.Insights,
        EvidenceKind.WorkflowNode => Icons.Material.Filled.AccountTree,
        EvidenceKind.Expectation => Icons.Material.Filled.Flag,
    };

    /// <summary>The snapshot, indented, exactly as captured.</summary>
    public static string Pretty(System.Text.Json.JsonElement snapshot) =>
        System.Text.Json.JsonSerializer.Serialize(snapshot, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
}

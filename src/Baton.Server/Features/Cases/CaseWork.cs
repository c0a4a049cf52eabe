using System.Security.Claims;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Commitments;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Email;
using Baton.Server.Features.Timers;
using Baton.Server.Features.Workflows;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Cases;

/// <summary>
/// What every case use case shares: load a case and its workflow version, apply the runner's new state and its effects
/// (commitments, emails, webhooks, waits) to the same unit of work, write the audit events, and queue live updates for
/// after the commit. Nothing is saved here; the caller saves once, so the case and everything it caused commit together.
/// </summary>
public static class CaseWork
{
    public const string WaitTimer = "case.wait";
    public const string WebhookTimer = "case.webhook";

    public static string SubjectOf(Guid id) => AuditTrail.SubjectOf("case", id);

    public static Task<Case?> FindAsync(BatonDb db, Guid id, CancellationToken ct) =>
        db.Cases.AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct);

    public static async Task<WorkflowDefinition> DefinitionAsync(BatonDb db, string key, int version, CancellationToken ct)
    {
        var stored = await GetWorkflowVersion.FindAsync(db, key, version, ct)
                     ?? throw new ConflictException("workflow", $"Version {version} of '{key}' is not stored.");
        return stored.Definition();
    }

    public static async Task<WorkflowDefinition> PublishedAsync(BatonDb db, string? key, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new DomainException("workflowKey", "Name the workflow the case runs.");
        }
        var stored = await db.WorkflowVersions.AsNoTracking()
                         .FirstOrDefaultAsync(v => v.Key == key && v.Status == WorkflowVersionStatus.Published, ct)
                     ?? throw new DomainException("workflowKey", $"Workflow '{key}' has no published version.");
        return stored.Definition();
    }

    /// <summary>Owner, or the owner's lead (managers and admins lead everyone).</summary>
    public static async Task RequireOwnerOrLeadAsync(BatonDb db, Case c, Guid actorId, string doing, CancellationToken ct)
    {
        if (actorId != c.OwnerId && !await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct))
        {
            throw new NotPermittedException("actorId", $"Only the case's owner or their lead can {doing}.");
        }
    }

    public static object Snapshot(Case c) => new
    {
        c.WorkflowKey,
        c.WorkflowVersion,
        c.OwnerId,
        Status = c.Status.ToString(),
        c.CurrentNodeId,
        c.EndOutcome,
        c.WaitUntil,
        c.WaitEvent,
    };

    /// <summary>
    /// Puts the runner's result on the case: the new state, a timeline entry per effect, and each effect applied.
    /// Audits the change (and the completion) on subject case/{id}.
    /// </summary>
    public static async Task ApplyAsync(BatonDb db, Case c, WorkflowDefinition definition, WorkflowStepResult result, Actor actor, Guid actorId,
        AuditEventType type, string? reason, DateTime now, CancellationToken ct)
    {
        var wasClosed = c.IsClosed;
        var before = type == AuditEventType.CaseStarted ? null : Snapshot(c);
        c.Apply(result.State, CaseStateJson.Write(result.State), now);
        foreach (var effect in result.Effects)
        {
            await ApplyEffectAsync(db, c, definition, effect, actor, actorId, now, ct);
        }
        await db.RecordAsync(actor, now, SubjectOf(c.Id), type, before, Snapshot(c), reason, ct);
        if (!wasClosed && c.IsClosed)
        {
            await db.CancelAsync(c.Id, "case.wait", now, ct);
            await db.RecordAsync(actor, now, SubjectOf(c.Id), AuditEventType.CaseCompleted, null, new { c.EndOutcome }, null, ct);
        }
        db.PublishAfterCommit(new LiveChange("case", c.Id, [c.OwnerId]));
    }

    private static async Task ApplyEffectAsync(BatonDb db, Case c, WorkflowDefinition definition, WorkflowEffect effect, Actor actor, Guid actorId,
        DateTime now, CancellationToken ct)
    {
        switch (effect)
        {
            case CreateCommitment create:
                await CreateCommitmentAsync(db, c, definition, create, actor, actorId, now, ct);
                break;
            case SendEmail email:
                await SendEmailAsync(db, c, definition, email, actor, actorId, now, ct);
                break;
            case CallWebhook webhook:
                var entry = c.AddTimeline(now, actorId, CaseTimelineKind.Effect, webhook.NodeId, $"Webhook queued: POST {webhook.Url}", webhook.Payload);
                db.Schedule(WebhookTimer, c.Id, now, now, JsonSerializer.Serialize(new WebhookCall(webhook.Url, webhook.Payload, entry.Sequence)));
                break;
            case ScheduleWait wait:
                await db.CancelAsync(c.Id, WaitTimer, now, ct);
                if (wait.Until is { } until)
                {
                    db.Schedule(WaitTimer, c.Id, until, now, wait.NodeId);
                    c.AddTimeline(now, actorId, CaseTimelineKind.Effect, wait.NodeId, $"Waiting until {Instants.Format(until)}");
                }
                else
                {
                    c.AddTimeline(now, actorId, CaseTimelineKind.Effect, wait.NodeId, $"Waiting for event {wait.EventName}");
                }
                break;
            case CaseEnded ended:
                c.AddTimeline(now, actorId, CaseTimelineKind.Ended, ended.NodeId, $"Case ended: {ended.Outcome}");
                break;
            default:
                c.AddTimeline(now, actorId, CaseTimelineKind.Note, effect.NodeId, $"Not applied: {effect.Describe()}");
                break;
        }
    }

    public sealed record WebhookCall(string Url, string Payload, int TimelineSequence);

    private static async Task CreateCommitmentAsync(BatonDb db, Case c, WorkflowDefinition definition, CreateCommitment create, Actor actor,
        Guid actorId, DateTime now, CancellationToken ct)
    {
        var owner = await CommitmentWork.PersonAsync(db, c.OwnerId, "ownerId", ct);
        var what = Clip(string.IsNullOrWhiteSpace(create.What) ? definition.Node(create.NodeId).Title : create.What, CommitmentRules.MaxWhatLength);
        var draft = new CommitmentDraft(Guid.CreateVersion7(), create.Kind == WorkflowCommitmentKind.Handoff ? CommitmentKind.Handoff : CommitmentKind.Callback,
            Promisee.Customer(c.CustomerId), create.DueAt, what);
        CommitmentResult result;
        string text;
        if (create.Kind == WorkflowCommitmentKind.Handoff)
        {
            if (create.DepartmentName is not { } departmentName)
            {
                c.AddTimeline(now, actorId, CaseTimelineKind.Note, create.NodeId, $"No commitment created: {create.Describe()} names no department.");
                return;
            }
            var departmentId = await db.Departments.AsNoTracking().Where(d => d.Name == departmentName).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct)
                               ?? throw new ConflictException("department", $"There is no department named '{departmentName}' to hand the case to.");
            var receiver = await HandOffToDepartment.ChooseReceiverAsync(db, departmentId, null, now, ct);
            var skill = create.Skill is null ? "" : $", skill {create.Skill}";
            var note = Clip($"From case {c.Id:D} ({c.WorkflowKey} v{c.WorkflowVersion}, {create.NodeId}{skill}). Follow-up owner: {FollowUpName(create.FollowUpOwner)}.",
                CommitmentRules.MaxNoteLength);
            result = Commitment.CreateHandoff(draft, owner, departmentId, receiver, note, now);
            text = $"Handed off to {departmentName}{skill}; waiting for acceptance (follow-up by {FollowUpName(create.FollowUpOwner)})";
        }
        else
        {
            result = Commitment.Create(draft, owner, actorId == Guid.Empty ? owner.Id : actorId, now);
            text = "Callback promised";
        }
        db.Commitments.Add(result.Commitment);
        await CommitmentWork.RecordAsync(db, actor, now, result.Effects, ct);
        await CommitmentTimers.RescheduleAsync(db, result.Commitment, now, ct);
        c.AddTimeline(now, actorId, CaseTimelineKind.Effect, create.NodeId, $"{text}: {what}", null, result.Commitment.Id);
        var commitment = result.Commitment;
        db.PublishAfterCommit(new LiveChange("commitment", commitment.Id, CommitmentWork.AffectedPeople(commitment, result.Effects)));
    }

    private static string FollowUpName(FollowUpOwner owner) => owner.ToString().ToLowerInvariant();

    private static async Task SendEmailAsync(BatonDb db, Case c, WorkflowDefinition definition, SendEmail email, Actor actor, Guid actorId,
        DateTime now, CancellationToken ct)
    {
        var to = email.To switch
        {
            EmailRecipient.Customer => await db.Customers.AsNoTracking().Where(x => x.Id == c.CustomerId).Select(x => x.Email).FirstOrDefaultAsync(ct),
            EmailRecipient.CaseOwner => await db.People.AsNoTracking().Where(p => p.Id == c.OwnerId).Select(p => p.Email).FirstOrDefaultAsync(ct),
            _ => await db.People.AsNoTracking().Where(p => p.UserName == definition.Owner).Select(p => p.Email).FirstOrDefaultAsync(ct),
        };
        var recipient = EmailRecipients.Name(email.To);
        if (string.IsNullOrWhiteSpace(to))
        {
            c.AddTimeline(now, actorId, CaseTimelineKind.Note, email.NodeId, $"Email {email.TemplateKey} not sent: the {recipient} has no email address.");
            return;
        }
        var queued = await EmailOutbox.Enqueue(db, new OutgoingEmail(to, Clip(email.Subject, EmailOutbox.MaxSubjectLength), email.Body, email.TemplateKey),
            now, actor, ct);
        c.AddTimeline(now, actorId, CaseTimelineKind.Effect, email.NodeId, $"Email {email.TemplateKey} queued to the {recipient} ({to}): {email.Subject}",
            JsonSerializer.Serialize(new { emailId = queued.Id }));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    /// <summary>The acting person, or (integrations) the token id.</summary>
    public static Guid ActorIdOf(ClaimsPrincipal user) => CommitmentWork.ActorIdOf(user);
}

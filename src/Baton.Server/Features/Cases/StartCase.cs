using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Cases;

/// <summary>
/// POST /api/v1/cases {customerId, workflowKey} → 201 with the case. Runs the workflow's Published version from its start;
/// the signed-in agent owns the case. The customer's name, email and id are the case's first fields; an integration or
/// the Desk may add more fields, the notes so far (text) and the agent's sentiment tag.
/// </summary>
public static class StartCase
{
    public sealed record Request(Guid? CustomerId, string? WorkflowKey, Dictionary<string, string>? Fields = null, string? Text = null,
        string? Sentiment = null);

    public static async Task<Created<CaseDetail>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var detail = await ExecuteAsync(request, user, db, time, ct);
        return TypedResults.Created($"/api/v1/cases/{detail.Id}", detail);
    }

    public static async Task<CaseDetail> ExecuteAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = CaseViews.Now(time);
        var actorId = CommitmentWork.RequirePerson(user);
        var owner = await CommitmentWork.PersonAsync(db, actorId, "ownerId", ct);
        var customer = request.CustomerId is { } customerId
            ? await db.Customers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == customerId, ct)
            : null;
        if (customer is null)
        {
            throw new DomainException("customerId", request.CustomerId is null ? "Name the customer the case is for." : "There is no customer with this id.");
        }
        var definition = await CaseWork.PublishedAsync(db, request.WorkflowKey, ct);
        var id = Guid.CreateVersion7();
        var fields = new Dictionary<string, string>(request.Fields ?? [], StringComparer.Ordinal)
        {
            ["case.id"] = id.ToString("D"),
            ["customer.id"] = customer.Id.ToString("D"),
            ["customer.name"] = customer.Name,
        };
        SentimentTag? sentiment = null;
        if (!string.IsNullOrWhiteSpace(request.Sentiment))
        {
            sentiment = SentimentTags.TryParse(request.Sentiment, out var tag)
                ? tag
                : throw new DomainException("sentiment", $"Sentiment '{request.Sentiment}' is unknown; use one of: {string.Join(", ", SentimentTags.Names)}.");
        }
        if (customer.Email is { } email)
        {
            fields["customer.email"] = email;
        }
        if (customer.Phones.Count > 0)
        {
            fields["customer.phone"] = customer.Phones[0];
        }
        var result = WorkflowRunner.Start(definition, new WorkflowCaseContext(fields, request.Text, sentiment), now);
        var c = Case.Open(id, customer.Id, owner, actorId, result.State, CaseStateJson.Write(result.State), now);
        db.Cases.Add(c);
        await CaseWork.ApplyAsync(db, c, definition, result, Actor.From(user), actorId, AuditEventType.CaseStarted, null, now, ct);
        await db.SaveChangesAsync(ct);
        return await CaseViews.FullAsync(db, c, ct);
    }
}

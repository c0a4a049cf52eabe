using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

public class ActionNodeTests
{
    [Fact]
    public void Email_action_fills_its_templates_and_moves_on()
    {
        var run = Run.Start("""
              - id: ask
                kind: Action
                title: Thank you mail
                email:
                  template: post-purchase
                  to: customer
                  subject: "Thanks {{fields.customer.name}}"
                  body: "Order {{fields.order.id}} is confirmed."
                next: done
              - { id: done, kind: End, title: Done, outcome: sold }
            """, new WorkflowCaseContext(new Dictionary<string, string> { ["customer.name"] = "Ada", ["order.id"] = "O-7" }));

        Assert.Equal(new SendEmail("ask", "post-purchase", EmailRecipient.Customer, "Thanks Ada", "Order O-7 is confirmed."), run.Last.Effects[0]);
        Assert.Equal(["ask", "done"], run.State.Path);
    }

    [Fact]
    public void Webhook_action_escapes_values_for_json()
    {
        var run = Run.Start("""
              - id: ask
                kind: Action
                title: Tell the CRM
                webhook:
                  url: https://crm.example.com/hooks/case
                  payload: '{"name": "{{fields.customer.name}}"}'
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """, new WorkflowCaseContext(new Dictionary<string, string> { ["customer.name"] = "Ada \"Countess\" Lovelace" }));

        var call = Assert.IsType<CallWebhook>(run.Last.Effects[0]);
        Assert.Equal("https://crm.example.com/hooks/case", call.Url);
        Assert.Equal("Ada \"Countess\" Lovelace", System.Text.Json.JsonDocument.Parse(call.Payload).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Action_needs_exactly_one_of_email_or_webhook()
    {
        var problems = Yaml.Problems("""
              - id: ask
                kind: Action
                title: Nothing to do
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """);

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.MissingField, problem.Code);
        Yaml.AssertAt(problem, 8, 9);
    }

    [Fact]
    public void Webhook_url_must_be_http()
    {
        var problem = Assert.Single(Yaml.Problems("""
              - id: ask
                kind: Action
                title: Bad url
                webhook: { url: "ftp://example.com/x" }
                next: done
              - { id: done, kind: End, title: Done, outcome: resolved }
            """));

        Assert.Equal(ProblemCodes.InvalidValue, problem.Code);
        Yaml.AssertAt(problem, 11, 21);
    }
}

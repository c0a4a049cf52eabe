namespace Baton.Core.Workflows;

/// <summary>Who an automatic email goes to. YAML: customer, owner (the case's accountable owner), workflowOwner.</summary>
public enum EmailRecipient
{
    Customer = 1,
    CaseOwner = 2,
    WorkflowOwner = 3,
}

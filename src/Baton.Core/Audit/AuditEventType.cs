namespace Baton.Core.Audit;

/// <summary>
/// Every kind of change Baton records. The numbers are stored and hashed: they are stable forever,
/// grouped by area in blocks of 100, and a retired type keeps its number unused.
/// </summary>
public enum AuditEventType
{
    // Organization: 100–199
    PersonCreated = 100,
    PersonUpdated = 101,
    PersonDeactivated = 102,
    PersonReactivated = 103,
    PasswordChanged = 104,
    PresenceChanged = 105,
    TeamCreated = 120,
    TeamUpdated = 121,
    DepartmentCreated = 140,
    DepartmentUpdated = 141,
    ShiftCreated = 160,
    ShiftUpdated = 161,
    ShiftDeleted = 162,

    // Access: 200–299
    SignedIn = 200,
    SignInFailed = 201,
    SessionTokenIssued = 202,
    ApiTokenCreated = 210,
    ApiTokenRevoked = 211,
    CalendarFeedRotated = 220,

    // Customers: 300–399
    CustomerCreated = 300,
    CustomerUpdated = 301,

    // Workflows: 500–599
    WorkflowDraftCreated = 500,
    WorkflowDraftUpdated = 501,
    WorkflowPublished = 502,
    WorkflowRetired = 503,

    // Email: 600–649
    EmailQueued = 600,
    EmailSent = 601,
    EmailAttemptFailed = 602,
    EmailFailed = 603,
    EmailRetryRequested = 604,
}

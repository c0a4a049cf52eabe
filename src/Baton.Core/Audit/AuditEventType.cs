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

    // Business hours and escalation policy: 250–299
    DepartmentCalendarChanged = 250,
    EscalationLadderChanged = 251,

    // Customers: 300–399
    CustomerCreated = 300,
    CustomerUpdated = 301,

    // Commitments: 400–499
    CommitmentCreated = 400,
    CommitmentTransferred = 401,
    CommitmentHandedOff = 402,
    CommitmentAccepted = 403,
    CommitmentRejected = 404,
    CommitmentAttemptRecorded = 405,
    CommitmentClosed = 406,
    CommitmentRenegotiated = 407,
    CommitmentWatcherAdded = 408,
    CommitmentWatcherRemoved = 409,
    CommitmentCommented = 410,
    CommitmentCustomerMessage = 411,
    CommitmentOverdue = 412,
    CommitmentPutOnHold = 413,
    CommitmentResumed = 414,
    CommitmentEscalated = 415,

    // Shift-aware ownership (invariant 5)
    CommitmentHandedOverAtShiftEnd = 421,
    CommitmentOrphanRiskFlagged = 422,
    /// <summary>Subject person/{id}: a shift-end handover ran for the person (how many items passed, how many are orphan risks).</summary>
    ShiftHandoverCompleted = 423,
    /// <summary>Subject person/{id}: before a deactivation, the person's open items were moved to active colleagues.</summary>
    PersonItemsReassigned = 424,

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

    // Cases: 700–749
    CaseStarted = 700,
    CaseAdvanced = 701,
    CaseTransferred = 702,
    CaseMigrated = 703,
    CaseEventReceived = 704,
    CaseWaitElapsed = 705,
    CaseCompleted = 706,
    CaseWebhookDelivered = 707,

    // Expectations: 800–849
    /// <summary>Subject expectation/{id}: a version of an expectation was added (the first one or one that supersedes the previous).</summary>
    ExpectationChanged = 800,

    // Context notes on scorecard items: 850–899
    /// <summary>Subject context-note/{id}: a person explained an item that counts against their metrics.</summary>
    ContextNoteAttached = 850,
    /// <summary>Subject context-note/{id}: a lead accepted the note; the item no longer counts for or against anyone.</summary>
    ContextNoteAccepted = 851,
    /// <summary>Subject context-note/{id}: a lead declined the note, with a reason; the item keeps counting.</summary>
    ContextNoteDeclined = 852,

    // Routing: 950–999
    /// <summary>Subject routing-rule/{id}: a queue's rule was added or changed.</summary>
    RoutingRuleChanged = 950,
    /// <summary>Subject routing-rule/{id}: a queue's rule was removed; its work falls back to the department's rule or the default.</summary>
    RoutingRuleDeleted = 951,
    /// <summary>Subject person/{id}: a person's routing capacity was changed.</summary>
    RoutingProfileChanged = 952,
    /// <summary>Subject work-item/{id}: work entered a queue.</summary>
    WorkItemQueued = 960,
    /// <summary>Subject work-item/{id}: the work was offered to a person until an expiry instant.</summary>
    WorkItemOffered = 961,
    /// <summary>Subject work-item/{id}: the offered person accepted; the work is theirs.</summary>
    WorkItemOfferAccepted = 962,
    /// <summary>Subject work-item/{id}: the offered person declined; it goes to someone else.</summary>
    WorkItemOfferDeclined = 963,
    /// <summary>Subject work-item/{id}: an offer lapsed unanswered; it goes to someone else.</summary>
    WorkItemOfferExpired = 964,
    /// <summary>Subject work-item/{id}: the work waited too long and moved to the overflow department.</summary>
    WorkItemOverflowed = 965,
    /// <summary>Subject work-item/{id}: the work left the queue without being routed (taken directly, hung up, closed).</summary>
    WorkItemWithdrawn = 966,
    /// <summary>Subject work-item/{id}: routed work was finished, freeing the person's capacity.</summary>
    WorkItemFinished = 967,

    // Discretion (bounded autonomy): 1100–1149
    /// <summary>Subject discretion-policy/{id}: a policy was added (before is null) or its limits or earned-autonomy rule changed.</summary>
    DiscretionPolicySaved = 1100,
    /// <summary>Subject discretion-policy/{id}: a policy was removed.</summary>
    DiscretionPolicyDeleted = 1101,
    /// <summary>Subject person/{id}: the start date earned autonomy counts tenure from was recorded or changed.</summary>
    EmploymentStartRecorded = 1102,
    /// <summary>Subject grant/{id}: a gesture was granted at once, within the person's limits.</summary>
    GestureGranted = 1110,
    /// <summary>Subject grant/{id}: a gesture above the limits was sent for approval (an Approval commitment was made).</summary>
    GestureApprovalRequested = 1111,
    /// <summary>Subject grant/{id}: the approver (or another person with authority) approved it.</summary>
    GestureApproved = 1112,
    /// <summary>Subject grant/{id}: it was declined, with the reason.</summary>
    GestureDeclined = 1113,

    // Schedule preferences: 1150–1199
    /// <summary>Subject schedule-preferences/{personId}: a preferred shift window was added.</summary>
    ShiftPreferenceAdded = 1150,
    /// <summary>Subject schedule-preferences/{personId}: a preferred shift window was removed.</summary>
    ShiftPreferenceRemoved = 1151,
    /// <summary>Subject schedule-preferences/{personId}: days the person cannot work were submitted.</summary>
    UnavailabilityAdded = 1152,
    /// <summary>Subject schedule-preferences/{personId}: submitted unavailability was withdrawn.</summary>
    UnavailabilityRemoved = 1153,

    // Telephony, interactions, queues: 900–949
    /// <summary>Subject interaction/{id}: the first event of a call arrived and its interaction was opened.</summary>
    InteractionOpened = 900,
    /// <summary>Subject interaction/{id}: one more call event was reconciled into the interaction (before/after: the call).</summary>
    CallEventApplied = 901,
    /// <summary>Subject interaction/{id}: Baton promised a callback for the call (dropped, abandoned or failed).</summary>
    InteractionCallbackPromised = 902,
    /// <summary>Subject interaction/{id}: the agent who handled the call said whether it resolved the issue and what it was about.</summary>
    InteractionWrappedUp = 903,
    /// <summary>Subject interaction/{id}: a customer's satisfaction score for the call arrived from the survey system.</summary>
    InteractionSurveyRecorded = 904,
    /// <summary>Subject call-queue/{id}: a queue was defined or changed (department, IVR menu).</summary>
    CallQueueSaved = 910,

    // Coaching: 1000–1049 (subject coaching/{id})
    CoachingSessionScheduled = 1000,
    CoachingSessionHeld = 1001,
    CoachingSessionAcknowledged = 1002,
    CoachingSessionDisputed = 1003,
    CoachingDisputeReviewed = 1004,
    /// <summary>The acknowledgement deadline passed without an answer from the agent.</summary>
    CoachingAcknowledgementOverdue = 1005,

    // Feedback: 1050–1099
    /// <summary>Subject feedback/{id}: named feedback given; its receiver owes a response.</summary>
    FeedbackGiven = 1050,
    /// <summary>Subject feedback/{id}: the receiver responded.</summary>
    FeedbackResponded = 1051,
    /// <summary>Subject anonymous-feedback/{random id}: some anonymous feedback was given. Deliberately names neither giver nor receiver nor text.</summary>
    AnonymousFeedbackGiven = 1052,
    /// <summary>Subject anonymous-feedback-group/{id}: enough distinct people gave anonymous feedback for the receiver to see it.</summary>
    AnonymousFeedbackVisible = 1053,
    /// <summary>Subject anonymous-feedback-group/{id}: the receiver responded to the aggregate.</summary>
    AnonymousFeedbackResponded = 1054,
}

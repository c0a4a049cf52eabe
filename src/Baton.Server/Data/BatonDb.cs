using Baton.Core;
using Baton.Core.Cases;
using Baton.Core.Coaching;
using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Core.Metrics;
using Baton.Core.Feedback;
using Baton.Core.Organization;
using Baton.Core.Routing;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;
using Baton.Server.Features.Notifications;
using Baton.Server.Features.Email;
using Baton.Server.Features.Expectations;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Features.Routing;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Telephony;
using Baton.Server.Features.Workflows;
using Baton.Core.Discretion;
using Baton.Core.SchedulePreferences;
using Baton.Server.Features.Discretion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Baton.Server.Data;

/// <summary>
/// Baton's one database. Each provider derives its own context so that each keeps its own migration set.
/// Entity configuration lives beside each feature (IEntityTypeConfiguration) and is picked up from this assembly.
/// </summary>
public abstract class BatonDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Person> People => Set<Person>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Shift> Shifts => Set<Shift>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ScheduledTimer> Timers => Set<ScheduledTimer>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();
    public DbSet<WorkflowVersion> WorkflowVersions => Set<WorkflowVersion>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Expectation> Expectations => Set<Expectation>();
    public DbSet<ContextNote> ContextNotes => Set<ContextNote>();
    public DbSet<CommitmentFactRow> CommitmentFacts => Set<CommitmentFactRow>();
    public DbSet<DailyTally> DailyTallies => Set<DailyTally>();
    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();
    public DbSet<WorkItem> WorkItems => Set<WorkItem>();
    public DbSet<WorkOffer> WorkOffers => Set<WorkOffer>();
    public DbSet<RoutingProfile> RoutingProfiles => Set<RoutingProfile>();
    public DbSet<DiscretionPolicy> DiscretionPolicies => Set<DiscretionPolicy>();
    public DbSet<GestureGrant> GestureGrants => Set<GestureGrant>();
    public DbSet<EmploymentStart> EmploymentStarts => Set<EmploymentStart>();
    public DbSet<ShiftPreference> ShiftPreferences => Set<ShiftPreference>();
    public DbSet<Unavailability> Unavailabilities => Set<Unavailability>();
    public DbSet<CallQueue> CallQueues => Set<CallQueue>();
    public DbSet<CallEventRecord> CallEvents => Set<CallEventRecord>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<InteractionSurvey> InteractionSurveys => Set<InteractionSurvey>();
    public DbSet<CustomerPhone> CustomerPhones => Set<CustomerPhone>();
    public DbSet<CoachingSession> CoachingSessions => Set<CoachingSession>();
    public DbSet<FeedbackEntry> FeedbackEntries => Set<FeedbackEntry>();
    public DbSet<AnonymousFeedback> AnonymousFeedback => Set<AnonymousFeedback>();
    public DbSet<AnonymousFeedbackGroup> AnonymousFeedbackGroups => Set<AnonymousFeedbackGroup>();

    public abstract bool IsPostgres { get; }

    /// <summary>
    /// The head (sequence, hash) of every audit chain this context has extended. A concurrent writer on the same subject
    /// in another context is caught by the unique (subject, sequence) index.
    /// </summary>
    internal Dictionary<string, (long Sequence, string Hash)> AuditHeads { get; } = new(StringComparer.Ordinal);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BatonDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC, truncated to microseconds so both providers read back exactly what was written.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcInstantConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(4000);
    }

    private sealed class UtcInstantConverter() : ValueConverter<DateTime, DateTime>(
        v => Instants.Normalize(v),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

public sealed class SqliteBatonDb(DbContextOptions<SqliteBatonDb> options) : BatonDb(options)
{
    public override bool IsPostgres => false;
}

public sealed class PostgresBatonDb(DbContextOptions<PostgresBatonDb> options) : BatonDb(options)
{
    public override bool IsPostgres => true;
}

namespace Baton.Core.Feedback;

/// <summary>Who feedback is for. Numbers are stored: never renumber.</summary>
public enum FeedbackTargetKind
{
    /// <summary>A peer or a lead.</summary>
    Person = 1,
    Department = 2,
    /// <summary>The center's leadership as a whole; a Manager answers for it.</summary>
    Leadership = 3,
}

/// <summary>What the feedback is about, so it can be read as a trend. Numbers are stored: never renumber.</summary>
public enum FeedbackTheme
{
    Recognition = 1,
    Communication = 2,
    Process = 3,
    Workload = 4,
    Tools = 5,
    Support = 6,
    Other = 7,
}

/// <summary>The kind of item feedback is tied to. Numbers are stored: never renumber.</summary>
public enum FeedbackItemKind
{
    Commitment = 1,
    Case = 2,
    /// <summary>A call, email or chat, as recorded by telephony.</summary>
    Interaction = 3,
}

/// <summary>A person or a department (by id), or the leadership (no id).</summary>
public sealed record FeedbackTarget(FeedbackTargetKind Kind, Guid? Id)
{
    public static FeedbackTarget Person(Guid id) => new(FeedbackTargetKind.Person, id);
    public static FeedbackTarget Department(Guid id) => new(FeedbackTargetKind.Department, id);
    public static FeedbackTarget Leadership { get; } = new(FeedbackTargetKind.Leadership, null);

    /// <summary>A stable text key ("person/{id}", "department/{id}", "leadership"), so one month of one receiver is unique even without an id.</summary>
    public string Key => Id is { } id
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Kind.ToString().ToLowerInvariant()}/{id:D}")
        : Kind.ToString().ToLowerInvariant();

    /// <summary>A valid target: a known kind, with an id exactly when it is a person or a department.</summary>
    public static FeedbackTarget Require(FeedbackTargetKind? kind, Guid? id) => kind switch
    {
        FeedbackTargetKind.Person or FeedbackTargetKind.Department when id is { } given && given != Guid.Empty => new(kind.Value, given),
        FeedbackTargetKind.Person or FeedbackTargetKind.Department => throw new DomainException("targetId", "Name the person or department the feedback is for."),
        FeedbackTargetKind.Leadership when id is null || id == Guid.Empty => Leadership,
        FeedbackTargetKind.Leadership => throw new DomainException("targetId", "Feedback to the leadership names no id."),
        _ => throw new DomainException("targetKind", "Say who the feedback is for: Person, Department or Leadership."),
    };
}

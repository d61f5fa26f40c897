namespace CommunityOfPractice.Features.Webinars;

/// <summary>A members-only webinar, usually setting the context of a debate.</summary>
public sealed class Webinar
{
    // Lengths the validators, the database columns and the forms share.
    public const int TitleLength = 200;
    public const int TextLength = 20_000;
    public const int LanguagesLength = 200;
    public const int AccessibilityNotesLength = 1000;
    public const int ReasonLength = 1000;
    public const int UrlLength = 2000;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public string? Languages { get; set; }
    public string? AccessibilityNotes { get; set; }
    /// <summary>Seats; null means no limit.</summary>
    public int? Capacity { get; set; }
    public DateTimeOffset RegistrationDeadline { get; set; }
    /// <summary>Shown to registered members only.</summary>
    public string MeetingUrl { get; set; } = "";
    public int? DebateId { get; set; }
    /// <summary>The working group whose space holds this meeting; null for the community's webinars (<see cref="WebinarAudience"/>).</summary>
    public int? WorkingGroupId { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancellationReason { get; set; }
    /// <summary>The invitation's SEQUENCE: raised on each change of time and on cancellation.</summary>
    public int Sequence { get; set; }
    /// <summary>The start the 24-hour reminder was sent for; a new time gets a new reminder.</summary>
    public DateTimeOffset? DayReminderSentFor { get; set; }
    /// <summary>The start the 1-hour reminder was sent for.</summary>
    public DateTimeOffset? HourReminderSentFor { get; set; }
    public string? RecordingUrl { get; set; }
    public string? SlidesUrl { get; set; }
    /// <summary>A short summary in Markdown, written by a moderator after the webinar.</summary>
    public string? Summary { get; set; }
    public DateTimeOffset? FollowUpAt { get; set; }
    public List<WebinarSpeaker> Speakers { get; set; } = [];

    public bool HasFollowUp => RecordingUrl is not null || SlidesUrl is not null || !string.IsNullOrWhiteSpace(Summary);

    /// <summary>
    /// Near enough for its meeting link to be put forward: from the hour reminder (<see cref="WebinarReminders.HourBefore"/>)
    /// until it ends, unless cancelled.
    /// </summary>
    public bool IsNearAt(DateTimeOffset now) => CancelledAt is null && StartsAt - WebinarReminders.HourBefore <= now && now < EndsAt;

    public bool AcceptsRegistrationsAt(DateTimeOffset now) => CancelledAt is null && now < RegistrationDeadline && now < EndsAt;
}

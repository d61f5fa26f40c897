namespace CommunityOfPractice.Features.Standards;

/// <summary>
/// A time-boxed consultation on one published version. Whether it accepts comments, proposals and support is decided
/// from the clock (<see cref="IsOpenAt"/>), as a debate's window is, so no job needs to have run for it to open or close.
/// </summary>
public sealed class ConsultationRound
{
    public const int QuestionsLength = 4000;

    public int Id { get; set; }
    public int VersionId { get; set; }
    public StandardVersion? Version { get; set; }
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    /// <summary>The guiding questions, as Markdown.</summary>
    public string GuidingQuestions { get; set; } = "";
    /// <summary>The webinar that sets the round's context, if any.</summary>
    public int? WebinarId { get; set; }
    /// <summary>The debate that sets the round's context, if any.</summary>
    public int? DebateId { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set by the opening job, so the opening mail goes out once.</summary>
    public DateTimeOffset? OpeningAnnouncedAt { get; set; }
    /// <summary>Set by the reminder job, so the reminder before closing goes out once.</summary>
    public DateTimeOffset? ClosingReminderSentAt { get; set; }
    /// <summary>Set by the closing job, for the window it closed, so the closing mail goes out once.</summary>
    public DateTimeOffset? ClosingNoticeFor { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => OpensAt <= now && now < ClosesAt;

    public bool HasClosedAt(DateTimeOffset now) => ClosesAt <= now;
}

using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Debates;

/// <summary>
/// A time-boxed, moderated debate. Whether it accepts posts is decided from the clock
/// (<see cref="IsOpenAt"/>), never from a stored state, so no job needs to have run for a window to open or close.
/// </summary>
public sealed class Debate
{
    // Lengths the validators, the database columns and the forms share.
    public const int TitleLength = 200;
    public const int SummaryLength = 1000;
    public const int ContextLength = 20_000;
    /// <summary>A moderator's reason: for a window change, a suspension, a hidden post, a flag's note.</summary>
    public const int ReasonLength = 1000;

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Context { get; set; } = "";
    public DateTimeOffset OpensAt { get; set; }
    public DateTimeOffset ClosesAt { get; set; }
    public ModerationMode ModerationMode { get; set; }
    /// <summary>False while a draft: only moderators see it and nobody can post.</summary>
    public bool IsPublished { get; set; }
    public string CreatedById { get; set; } = "";
    public AppUser? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Why the window was changed after publication (extended or closed early), shown in the room.</summary>
    public string? WindowChangeReason { get; set; }
    /// <summary>Set by the opening job, so the opening mail goes out once.</summary>
    public DateTimeOffset? OpeningAnnouncedAt { get; set; }
    /// <summary>Set by the reminder job, so the 24-hour reminder goes out once.</summary>
    public DateTimeOffset? ClosingReminderSentAt { get; set; }
    /// <summary>Set by the closing job, so the closing notice is posted once (and for the window it closed).</summary>
    public DateTimeOffset? ClosingNoticeFor { get; set; }
    public List<GuidingQuestion> Questions { get; set; } = [];
    /// <summary>The working group whose space holds this debate: then only its members, coordinators and admins see it (<see cref="DebateAudience"/>).</summary>
    public int? WorkingGroupId { get; set; }

    public bool IsOpenAt(DateTimeOffset now) => IsPublished && OpensAt <= now && now < ClosesAt;

    public DebateState StateAt(DateTimeOffset now) => !IsPublished
        ? DebateState.Draft
        : now < OpensAt ? DebateState.Scheduled
        : now < ClosesAt ? DebateState.Open
        : DebateState.Closed;
}

namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateCommand
{
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Context { get; set; }
    /// <summary>One guiding question per line, in order; "2026-06-29: question" gives it a focus day.</summary>
    public string? Questions { get; set; }
    /// <summary>Wall-clock opening time in <see cref="TimeZoneId"/>.</summary>
    public DateTime? OpensLocal { get; set; }
    public DateTime? ClosesLocal { get; set; }
    public string TimeZoneId { get; set; } = "UTC";
    public ModerationMode ModerationMode { get; set; }
    public bool Publish { get; set; } = true;
}

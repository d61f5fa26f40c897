namespace CommunityOfPractice.Features.Debates;

/// <summary>A member follows a debate: its window appears in their calendar feed. Posting follows it too.</summary>
internal sealed class DebateFollow
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

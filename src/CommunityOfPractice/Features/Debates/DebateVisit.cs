namespace CommunityOfPractice.Features.Debates;

/// <summary>When a member last looked at a debate room: what came after is "new since your last visit".</summary>
internal sealed class DebateVisit
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public long LastSeenPostId { get; set; }
    public DateTimeOffset At { get; set; }
}

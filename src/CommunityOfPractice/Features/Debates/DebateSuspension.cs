namespace CommunityOfPractice.Features.Debates;

internal sealed class DebateSuspension
{
    public int DebateId { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

namespace CommunityOfPractice.Features.Debates;

internal sealed class HelpfulMark
{
    public long PostId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

namespace CommunityOfPractice.Features.Debates;

public class HelpfulMark
{
    public long PostId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

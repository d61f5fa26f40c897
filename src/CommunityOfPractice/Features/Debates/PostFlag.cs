namespace CommunityOfPractice.Features.Debates;

internal sealed class PostFlag
{
    public long Id { get; set; }
    public long PostId { get; set; }
    public Post? Post { get; set; }
    public string UserId { get; set; } = "";
    public FlagReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}

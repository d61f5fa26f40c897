namespace CommunityOfPractice.Features.Standards;

/// <summary>A member a moderator stopped from contributing to one round; they can still read it.</summary>
internal sealed class RoundSuspension
{
    public int RoundId { get; set; }
    public string UserId { get; set; } = "";
    public string Reason { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

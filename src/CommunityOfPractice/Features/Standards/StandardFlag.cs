using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Features.Standards;

/// <summary>A member asks the moderators to look at a comment or a proposal of a round, with the debates' reasons.</summary>
internal sealed class StandardFlag
{
    public long Id { get; set; }
    public int RoundId { get; set; }
    public ContributionKind Kind { get; set; }
    public long ContributionId { get; set; }
    public string UserId { get; set; } = "";
    public FlagReason Reason { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>When a moderator hid the contribution or dismissed its flags.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}

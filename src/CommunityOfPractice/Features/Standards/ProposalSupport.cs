namespace CommunityOfPractice.Features.Standards;

/// <summary>A member supports another member's proposal, once.</summary>
internal sealed class ProposalSupport
{
    public long ProposalId { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

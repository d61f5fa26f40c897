namespace CommunityOfPractice.Features.Membership;

public enum ApplicationDecision
{
    Approve,
    Reject,
    RequestInformation,
}

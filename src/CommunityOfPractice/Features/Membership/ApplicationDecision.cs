namespace CommunityOfPractice.Features.Membership;

internal enum ApplicationDecision
{
    Approve,
    Reject,
    RequestInformation,
}

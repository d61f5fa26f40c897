namespace CommunityOfPractice.Features.Organisations;

public enum OrganisationDecision
{
    Approve,
    Reject,
    RequestInformation,
}

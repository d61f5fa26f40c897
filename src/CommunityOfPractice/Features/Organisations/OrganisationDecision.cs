namespace CommunityOfPractice.Features.Organisations;

internal enum OrganisationDecision
{
    Approve,
    Reject,
    RequestInformation,
}

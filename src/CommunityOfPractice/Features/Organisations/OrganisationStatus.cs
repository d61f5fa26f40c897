namespace CommunityOfPractice.Features.Organisations;

internal enum OrganisationStatus
{
    /// <summary>In the moderators' queue.</summary>
    Pending,
    /// <summary>A moderator asked a question; the applicant's answer puts it back in the queue.</summary>
    InformationRequested,
    /// <summary>In the directory.</summary>
    Approved,
    Rejected,
}

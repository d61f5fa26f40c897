namespace CommunityOfPractice.Features.Membership;

public enum ApplicationStatus
{
    /// <summary>Submitted, the applicant has not yet confirmed their email address.</summary>
    AwaitingEmailConfirmation,
    /// <summary>In the moderators' queue.</summary>
    Pending,
    /// <summary>A moderator asked a question; the applicant's answer puts it back in the queue.</summary>
    InformationRequested,
    Approved,
    Rejected,
}

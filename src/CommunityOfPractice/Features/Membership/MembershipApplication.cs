using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Membership;

internal sealed class MembershipApplication
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public AppUser? User { get; set; }
    public string Motivation { get; set; } = "";
    public ApplicationStatus Status { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset? EmailConfirmedAt { get; set; }
    public string CodeOfConductVersion { get; set; } = "";
    public DateTimeOffset CodeOfConductAcceptedAt { get; set; }
    public string PrivacyNoticeVersion { get; set; } = "";
    public DateTimeOffset PrivacyNoticeAcceptedAt { get; set; }
    /// <summary>File name of the letter of support in the file store (see <see cref="SupportLetter.KeyOf"/>), when one was attached.</summary>
    public string? SupportLetterFile { get; set; }
    public string? InformationRequest { get; set; }
    public string? InformationResponse { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? RejectionReason { get; set; }

    public bool IsDecided => Status is ApplicationStatus.Approved or ApplicationStatus.Rejected;

    /// <summary>Whether moderators can decide on it now: in the queue, or waiting for the applicant's answer.</summary>
    public bool AwaitsDecision => Status is ApplicationStatus.Pending or ApplicationStatus.InformationRequested;

    public bool ConfirmEmail(DateTimeOffset now)
    {
        if (Status != ApplicationStatus.AwaitingEmailConfirmation)
        {
            return false;
        }
        Status = ApplicationStatus.Pending;
        EmailConfirmedAt = now;
        return true;
    }

    public bool Approve(string moderatorId, DateTimeOffset now)
    {
        if (!AwaitsDecision)
        {
            return false;
        }
        Status = ApplicationStatus.Approved;
        DecidedById = moderatorId;
        DecidedAt = now;
        return true;
    }

    public bool Reject(string moderatorId, string reason, DateTimeOffset now)
    {
        if (!AwaitsDecision)
        {
            return false;
        }
        Status = ApplicationStatus.Rejected;
        RejectionReason = reason;
        DecidedById = moderatorId;
        DecidedAt = now;
        return true;
    }

    public bool RequestInformation(string question)
    {
        if (Status != ApplicationStatus.Pending)
        {
            return false;
        }
        Status = ApplicationStatus.InformationRequested;
        InformationRequest = question;
        InformationResponse = null;
        return true;
    }

    public bool AnswerInformationRequest(string answer)
    {
        if (Status != ApplicationStatus.InformationRequested)
        {
            return false;
        }
        Status = ApplicationStatus.Pending;
        InformationResponse = answer;
        return true;
    }
}

using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>A member organisation: applied for by a member, decided on by moderators, listed once approved.</summary>
internal sealed class Organisation
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The name as <see cref="OrganisationName.Fold"/> makes it: two applications for one body cannot both stand.</summary>
    public string FoldedName { get; set; } = "";
    public OrganisationKind Kind { get; set; }
    public string CountryCode { get; set; } = "";
    /// <summary>Follows from <see cref="CountryCode"/>; kept so the directory filters by it in the database.</summary>
    public WhoRegion Region { get; set; }
    public string Website { get; set; } = "";
    public NcdAreas NcdAreas { get; set; }
    /// <summary>File name of the adhesion letter in the file store (see <see cref="AdhesionLetter.KeyOf"/>); never public.</summary>
    public string LetterFile { get; set; } = "";
    public OrganisationStatus Status { get; set; }
    /// <summary>The member who applied; the first representative once approved.</summary>
    public string ApplicantId { get; set; } = "";
    public DateTimeOffset SubmittedAt { get; set; }
    public string? InformationRequest { get; set; }
    public string? InformationResponse { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? RejectionReason { get; set; }
    /// <summary>Its last representative deleted their account: moderators are asked to find it a new one.</summary>
    public bool NeedsRepresentative { get; set; }

    public List<OrganisationRepresentative> Representatives { get; set; } = [];

    /// <summary>Whether moderators can decide on it now: in the queue, or waiting for the applicant's answer.</summary>
    public bool AwaitsDecision => Status is OrganisationStatus.Pending or OrganisationStatus.InformationRequested;

    public bool Approve(string moderatorId, DateTimeOffset now) => Decide(OrganisationStatus.Approved, moderatorId, null, now);

    public bool Reject(string moderatorId, string reason, DateTimeOffset now) => Decide(OrganisationStatus.Rejected, moderatorId, reason, now);

    public bool RequestInformation(string question)
    {
        if (Status != OrganisationStatus.Pending)
        {
            return false;
        }
        Status = OrganisationStatus.InformationRequested;
        InformationRequest = question;
        InformationResponse = null;
        return true;
    }

    public bool AnswerInformationRequest(string answer)
    {
        if (Status != OrganisationStatus.InformationRequested)
        {
            return false;
        }
        Status = OrganisationStatus.Pending;
        InformationResponse = answer;
        return true;
    }

    private bool Decide(OrganisationStatus status, string moderatorId, string? reason, DateTimeOffset now)
    {
        if (!AwaitsDecision)
        {
            return false;
        }
        Status = status;
        RejectionReason = reason;
        DecidedById = moderatorId;
        DecidedAt = now;
        return true;
    }
}

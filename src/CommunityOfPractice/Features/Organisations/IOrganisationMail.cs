using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Organisations;

/// <summary>The mails of an organisation's application, each written in the applicant's preferred language by the host.</summary>
internal interface IOrganisationMail
{
    Task SendReceivedAsync(AppUser applicant, Organisation organisation, CancellationToken cancellationToken = default);
    Task SendApprovedAsync(AppUser applicant, Organisation organisation, CancellationToken cancellationToken = default);
    Task SendRejectedAsync(AppUser applicant, Organisation organisation, string reason, CancellationToken cancellationToken = default);
    Task SendInformationRequestedAsync(AppUser applicant, Organisation organisation, string question, CancellationToken cancellationToken = default);
}

using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Membership;

/// <summary>The mails of the membership flow, each written in the recipient's preferred language by the host.</summary>
public interface IMembershipMail
{
    Task SendConfirmEmailAsync(AppUser applicant, string confirmationCode, CancellationToken cancellationToken = default);
    Task SendApplicationQueuedAsync(AppUser applicant, CancellationToken cancellationToken = default);
    Task SendApprovedAsync(AppUser applicant, CancellationToken cancellationToken = default);
    Task SendRejectedAsync(AppUser applicant, string reason, CancellationToken cancellationToken = default);
    Task SendInformationRequestedAsync(AppUser applicant, string question, CancellationToken cancellationToken = default);
}

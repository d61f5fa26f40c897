using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Membership;

/// <summary>The mails of the membership flow, each written in the recipient's preferred language by the host.</summary>
internal interface IMembershipMail
{
    Task SendConfirmEmailAsync(AppUser applicant, string confirmationCode, CancellationToken cancellationToken = default);
    Task SendApplicationQueuedAsync(AppUser applicant, CancellationToken cancellationToken = default);
    Task SendApprovedAsync(AppUser applicant, CancellationToken cancellationToken = default);
    Task SendRejectedAsync(AppUser applicant, string reason, CancellationToken cancellationToken = default);
    Task SendInformationRequestedAsync(AppUser applicant, string question, CancellationToken cancellationToken = default);

    /// <summary>Someone applied with the address of an existing account: its owner hears of it, the applicant sees nothing different.</summary>
    Task SendApplicationWithYourAddressAsync(AppUser owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Runs <paramref name="send"/> (which writes one account mail of this <paramref name="purpose"/> to
    /// <paramref name="person"/>) if the hour's limit leaves room for it; returns whether it ran. Requests for the same
    /// address at the same moment, on any node, are counted one after the other.
    /// </summary>
    Task<bool> SendWithinLimitAsync(AppUser person, string purpose, Func<Task> send, CancellationToken cancellationToken = default);
}

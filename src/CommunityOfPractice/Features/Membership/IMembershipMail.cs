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

    /// <summary>Someone applied with the address of an existing account: its owner hears of it, the applicant sees nothing different.</summary>
    Task SendApplicationWithYourAddressAsync(AppUser owner, CancellationToken cancellationToken = default);

    /// <summary>Whether another account mail of this <paramref name="purpose"/> may go to <paramref name="person"/> within the hour's limit.</summary>
    Task<bool> MayMailAsync(AppUser person, string purpose, CancellationToken cancellationToken = default);
}

/// <summary>
/// Account mails that a stranger can ask for (reset, confirmation, an application with a taken address) go to one
/// address at most this many times an hour, counted in the mail outbox, so no form can be used to flood someone.
/// </summary>
public static class AccountMailLimits
{
    public const int PerAddressPerHour = 3;
    public const string PasswordReset = "password-reset";
    public const string Confirmation = "confirmation";
    public const string ApplicationWithYourAddress = "application-with-your-address";
}

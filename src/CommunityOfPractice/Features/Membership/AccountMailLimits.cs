namespace CommunityOfPractice.Features.Membership;

/// <summary>
/// Account mails that a stranger can ask for (reset, confirmation, an application with a taken address) go to one
/// address at most this many times an hour, counted in the mail outbox, so no form can be used to flood someone.
/// </summary>
internal static class AccountMailLimits
{
    public const int PerAddressPerHour = 3;
    public const string PasswordReset = "password-reset";
    public const string Confirmation = "confirmation";
    public const string ApplicationWithYourAddress = "application-with-your-address";
}

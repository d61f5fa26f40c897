using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Features.Membership;

/// <summary>The account pages' mails (confirmation, password reset), in the person's language.</summary>
internal sealed class IdentityMail(MailComposer composer) : IEmailSender<AppUser>
{
    public Task SendConfirmationLinkAsync(AppUser user, string email, string confirmationLink) =>
        composer.SendAsync(WithAddress(user, email),
            new("Confirm your email address"),
            [new("Please confirm your email address by following the link below.")],
            (new LocalizedText("Confirm my email address"), confirmationLink), [], purpose: AccountMailLimits.Confirmation);

    public Task SendPasswordResetLinkAsync(AppUser user, string email, string resetLink) =>
        composer.SendAsync(WithAddress(user, email),
            new("Reset your password"),
            [new("Someone asked to reset the password of your account. If it was you, follow the link below; if not, you can ignore this mail.")],
            (new LocalizedText("Reset my password"), resetLink), [], purpose: AccountMailLimits.PasswordReset);

    public Task SendPasswordResetCodeAsync(AppUser user, string email, string resetCode) =>
        composer.SendAsync(WithAddress(user, email),
            new("Reset your password"),
            [new("Your password reset code is: {0}", resetCode)], null, [], purpose: AccountMailLimits.PasswordReset);

    // An email change is confirmed at the new address, before it is saved on the account.
    private static AppUser WithAddress(AppUser user, string email) => new()
    {
        Id = user.Id,
        Email = email,
        DisplayName = user.DisplayName,
        PreferredLanguage = user.PreferredLanguage,
    };
}

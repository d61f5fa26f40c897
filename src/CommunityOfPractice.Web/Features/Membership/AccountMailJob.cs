using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
using Hangfire;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace CommunityOfPractice.Web.Features.Membership;

/// <summary>
/// The mails a stranger can ask for by typing an address (forgot password, resend confirmation) are written by this
/// job, after the answer: the page answers in the same time and the same words whether or not the address has an
/// account, and the per-address limit is applied here, where nobody sees it.
/// </summary>
/// <remarks>A job that keeps failing is deleted, not kept as failed: its arguments hold the typed address.</remarks>
internal sealed class AccountMailJob(UserManager<AppUser> users, IEmailSender<AppUser> mail, IMembershipMail limits, PublicSite site)
{
    /// <summary>What the pages call: puts the job in the queue and returns at once.</summary>
    public static void PasswordResetFor(IBackgroundJobClient jobs, string email) =>
        jobs.Enqueue<AccountMailJob>(job => job.SendPasswordResetAsync(email.Trim()));

    public static void ConfirmationFor(IBackgroundJobClient jobs, string email) =>
        jobs.Enqueue<AccountMailJob>(job => job.SendConfirmationAsync(email.Trim()));

    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task SendPasswordResetAsync(string email)
    {
        // Nobody to mail, or an address never confirmed: a reset link must not be how an address gets confirmed.
        if (await users.FindByEmailAsync(email) is not { EmailConfirmed: true } user)
        {
            return;
        }
        await limits.SendWithinLimitAsync(user, AccountMailLimits.PasswordReset, async () =>
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            await mail.SendPasswordResetLinkAsync(user, user.Email!, site.Url($"Account/ResetPassword?code={code}"));
        });
    }

    [AutomaticRetry(Attempts = 3, OnAttemptsExceeded = AttemptsExceededAction.Delete)]
    public async Task SendConfirmationAsync(string email)
    {
        // An address that is already confirmed gets nothing: there is nothing to confirm.
        if (await users.FindByEmailAsync(email) is not { EmailConfirmed: false } user)
        {
            return;
        }
        await limits.SendWithinLimitAsync(user, AccountMailLimits.Confirmation, async () =>
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
            await mail.SendConfirmationLinkAsync(user, user.Email!, site.Url($"Account/ConfirmEmail?userId={Uri.EscapeDataString(user.Id)}&code={code}"));
        });
    }
}

using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Microsoft.AspNetCore.WebUtilities;

namespace CommunityOfPractice.Web.Features.Membership;

internal sealed class MembershipMail(MailComposer composer, CommunityOfPractice.Features.Mail.MailOutbox outbox, TimeProvider clock, JobStorage jobs) : IMembershipMail
{
    public async Task<bool> SendWithinLimitAsync(AppUser person, string purpose, Func<Task> send, CancellationToken cancellationToken = default)
    {
        if (person.Email is not { } email)
        {
            return false;
        }
        // Six requests at once go to several job workers, or several nodes: each must count the mails the others wrote,
        // so the count and the mail happen under a lock that all nodes share, the job storage's. The lock is named by a
        // hash: the job storage never holds the address.
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}\n{email.ToUpperInvariant()}")), 0, 12);
        using var connection = jobs.GetConnection();
        using var held = connection.AcquireDistributedLock($"cop:account-mail:{hash}", TimeSpan.FromSeconds(60));
        if (await outbox.CountSinceAsync(email, purpose, clock.GetUtcNow().AddHours(-1), cancellationToken) >= AccountMailLimits.PerAddressPerHour)
        {
            return false;
        }
        await send();
        return true;
    }

    public Task SendApplicationWithYourAddressAsync(AppUser owner, CancellationToken cancellationToken = default) =>
        composer.SendAsync(owner,
            new("Someone tried to apply with your address"),
            [new("Someone used your email address to apply to join the community of practice, where you already have an account."),
             new("If it was you, sign in instead, or reset your password if you have forgotten it. If it was not you, you can ignore this mail: nothing has changed on your account.")],
            (new LocalizedText("Sign in"), composer.AbsoluteUrl("Account/Login")), [], cancellationToken, AccountMailLimits.ApplicationWithYourAddress);

    public Task SendConfirmEmailAsync(AppUser applicant, string confirmationCode, CancellationToken cancellationToken = default)
    {
        var code = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(confirmationCode));
        var url = composer.AbsoluteUrl($"Account/ConfirmEmail?userId={Uri.EscapeDataString(applicant.Id)}&code={code}");
        return composer.SendAsync(applicant,
            new("Confirm your email address"),
            [new("Thank you for applying to join the community of practice."), new("Please confirm your email address. Your application then goes to the moderators.")],
            (new LocalizedText("Confirm my email address"), url), [], cancellationToken, AccountMailLimits.Confirmation);
    }

    public Task SendApplicationQueuedAsync(AppUser applicant, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("Your application is with the moderators"),
            [new("Your email address is confirmed. A moderator will review your application soon, and we will write to you when they decide.")],
            (new LocalizedText("See my application"), composer.AbsoluteUrl("application")), cancellationToken);

    public Task SendApprovedAsync(AppUser applicant, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("Welcome to the community of practice"),
            [new("Your application has been approved. You can now sign in and take part in webinars and debates.")],
            (new LocalizedText("Sign in"), composer.AbsoluteUrl("Account/Login")), cancellationToken);

    public Task SendRejectedAsync(AppUser applicant, string reason, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("About your application"),
            [new("We are sorry: your application to join the community of practice was not accepted."), new("The moderator's reason: {0}", reason)],
            null, cancellationToken);

    public Task SendInformationRequestedAsync(AppUser applicant, string question, CancellationToken cancellationToken = default) =>
        composer.SendAsync(applicant,
            new("A question about your application"),
            [new("A moderator needs more information before deciding on your application."), new("Their question: {0}", question)],
            (new LocalizedText("Answer the question"), composer.AbsoluteUrl("application")), cancellationToken);
}

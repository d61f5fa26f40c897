using System.Net;
using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Membership;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>
/// The mails a stranger can set off: every link comes from PublicBaseUrl whatever Host the request named, each link
/// opens the page it promises, and the answers never tell whether an address has an account.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class AccountMailTests(CommunityAppFactory app)
{
    private const string PoisonedHost = "evil.example";

    private Browser Attacker()
    {
        var browser = new Browser(app);
        browser.Client.DefaultRequestHeaders.Host = PoisonedHost;
        return browser;
    }

    private static string NewEmail() => $"trust.{Guid.NewGuid():N}@example.org";

    private static void AssertFromPublicAddress(string link) =>
        Assert.True(link.StartsWith("http://localhost/", StringComparison.Ordinal) && !link.Contains(PoisonedHost, StringComparison.OrdinalIgnoreCase),
            $"The link should be built from PublicBaseUrl (http://localhost), not from the request's Host: {link}");

    private async Task<AppUser> UnconfirmedAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Unconfirmed", CountryCode = "KE", TimeZoneId = "Africa/Nairobi", JoinedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, CommunityAppFactory.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        return user;
    }

    private async Task<AppUser> UserAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email);
    }

    [Fact]
    public async Task A_reset_asked_with_a_poisoned_host_mails_a_link_to_this_site_that_resets_the_password()
    {
        var person = await app.CreatePersonAsync("Reset Person", "Member");
        using (var attacker = Attacker())
        {
            var answer = await attacker.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = person.Email });
            Assert.True(answer.IsRedirect, $"Forgot-password should redirect to its confirmation page, got {(int)answer.Status}");
        }
        var link = Mailbox.LinkIn(await app.Mailbox.WaitForAsync(person.Email, "Reset your password"), "ResetPassword");
        AssertFromPublicAddress(link);

        using var owner = new Browser(app);
        var form = await owner.NavigateAsync(link);
        Assert.Equal(HttpStatusCode.OK, form.Status);
        const string newPassword = "a new and long passphrase 2026";
        var done = await owner.SubmitAsync(form, link, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        Assert.True(done.IsRedirect && done.Location!.Contains("ResetPasswordConfirmation", StringComparison.Ordinal), $"The mailed link should reset the password; got {(int)done.Status} {done.Location}\n{done.Text}");
        await owner.SignInAsync(person with { Password = newPassword });
    }

    [Fact]
    public async Task A_resent_confirmation_link_confirms_the_address()
    {
        var email = NewEmail();
        await UnconfirmedAsync(email);
        using (var attacker = Attacker())
        {
            var answer = await attacker.SubmitAsync("/Account/ResendEmailConfirmation", "resend-email-confirmation", new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Contains("Verification email sent. Please check your email.", answer.Text);
        }
        var link = Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm your email address"), "ConfirmEmail");
        AssertFromPublicAddress(link);
        Assert.DoesNotContain("&amp;", link);

        using var owner = new Browser(app);
        var page = await owner.NavigateAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.DoesNotContain("not valid", page.Text);
        Assert.True((await UserAsync(email)).EmailConfirmed, "Following the resent link should confirm the address.");
    }

    [Fact]
    public async Task Resend_for_a_confirmed_address_answers_the_same_and_mails_nothing()
    {
        var person = await app.CreatePersonAsync("Confirmed Person", "Member");
        var unknown = NewEmail();
        using var browser = new Browser(app);
        var forConfirmed = await browser.SubmitAsync("/Account/ResendEmailConfirmation", "resend-email-confirmation", new Dictionary<string, string> { ["Input.Email"] = person.Email });
        var forUnknown = await browser.SubmitAsync("/Account/ResendEmailConfirmation", "resend-email-confirmation", new Dictionary<string, string> { ["Input.Email"] = unknown });
        Assert.Equal(forUnknown.Status, forConfirmed.Status);
        Assert.Contains("Verification email sent. Please check your email.", forConfirmed.Text);
        await app.WaitForJobsAsync("SendConfirmationAsync", person.Email);
        await app.WaitForOutboxAsync();
        // Other tests of the collection may mail every member (a debate opening): only a confirmation would be wrong.
        Assert.DoesNotContain(app.Mailbox.For(person.Email), m => m.Subject == "Confirm your email address");
    }

    [Fact]
    public async Task Forgot_password_mails_one_address_at_most_three_times_an_hour()
    {
        var person = await app.CreatePersonAsync("Flooded Person", "Member");
        using var browser = new Browser(app);
        for (var i = 0; i < 6; i++)
        {
            var answer = await browser.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = person.Email });
            Assert.True(answer.IsRedirect, $"Request {i + 1} should get the usual answer, got {(int)answer.Status}");
        }
        await app.WaitForJobsAsync("SendPasswordResetAsync", person.Email, count: 6);
        await app.WaitForOutboxAsync();
        Assert.Equal(3, app.Mailbox.For(person.Email).Count(m => m.Subject == "Reset your password"));
    }

    [Fact]
    public async Task Requests_for_one_address_at_the_same_moment_are_counted_one_after_the_other()
    {
        var person = await app.CreatePersonAsync("Raced Person", "Member");
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            // Each request in its own scope, as each job worker and each node has.
            await using var scope = app.Services.CreateAsyncScope();
            var mail = scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Features.Membership.IMembershipMail>();
            var owner = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(person.Id))!;
            return await mail.SendWithinLimitAsync(owner, CommunityOfPractice.Features.Membership.AccountMailLimits.ApplicationWithYourAddress,
                () => mail.SendApplicationWithYourAddressAsync(owner));
        })).Append(Task.Run(() => { start.SetResult(); return false; })));
        Assert.True(sent.Count(s => s) == 3, $"Three of eight simultaneous requests should mail, {sent.Count(s => s)} did.");
        await app.WaitForOutboxAsync();
        Assert.Equal(3, app.Mailbox.For(person.Email).Count(m => m.Subject == "Someone tried to apply with your address"));
    }

    [Fact]
    public async Task Joining_with_a_taken_address_answers_like_a_new_one_and_tells_the_owner()
    {
        var member = await app.CreatePersonAsync("Taken Address", "Member");
        using var browser = Attacker();
        var forTaken = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(member.Email, "Impostor"));
        var forNew = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(NewEmail(), "Newcomer"));
        Assert.Equal(forNew.Status, forTaken.Status);
        Assert.Equal(forNew.Location, forTaken.Location);

        var mail = await app.Mailbox.WaitForAsync(member.Email, "Someone tried to apply with your address");
        AssertFromPublicAddress(Mailbox.LinkIn(mail, "Account/Login"));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == member.Email));
        Assert.Equal("Taken Address", (await db.Users.SingleAsync(u => u.Email == member.Email)).DisplayName);
    }

    [Fact]
    public async Task A_wrong_reset_code_answers_the_same_for_known_and_unknown_addresses()
    {
        var person = await app.CreatePersonAsync("Known Reset", "Member");
        var wrongCode = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes("not a real reset code"));
        var path = $"/Account/ResetPassword?code={wrongCode}";
        using var browser = new Browser(app);
        Task<Page> SubmitAsync(string email) => browser.SubmitAsync(path, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "another long passphrase 2026",
            ["Input.ConfirmPassword"] = "another long passphrase 2026",
        });
        var known = await SubmitAsync(person.Email);
        var unknown = await SubmitAsync(NewEmail());
        Assert.Equal(unknown.Status, known.Status);
        Assert.Equal(unknown.Location, known.Location);
        Assert.Contains("InvalidPasswordReset", known.Location ?? "");
        var page = await browser.NavigateAsync(known.Location!);
        Assert.Contains("This password reset link is not valid or has expired", page.Text);
    }

    [Theory]
    [InlineData("%25%25%25")]
    [InlineData("a")]
    [InlineData("abc$def")]
    public async Task A_malformed_reset_code_gets_the_friendly_page(string code)
    {
        using var browser = new Browser(app);
        var page = await browser.NavigateAsync($"/Account/ResetPassword?code={code}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This password reset link is not valid or has expired", page.Text);
    }

    [Fact]
    public async Task A_join_asked_with_a_poisoned_host_mails_a_confirmation_link_to_this_site_that_confirms()
    {
        var email = NewEmail();
        using (var attacker = Attacker())
        {
            await attacker.SubmitAsync("/join", "join", JoinFlowTests.Application(email, "Poisoned Join"));
        }
        var link = Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm your email address"), "ConfirmEmail");
        AssertFromPublicAddress(link);
        using var owner = new Browser(app);
        Assert.Equal(HttpStatusCode.OK, (await owner.NavigateAsync(link)).Status);
        Assert.True((await UserAsync(email)).EmailConfirmed, "Following the join link should confirm the address.");
    }

    [Fact]
    public async Task An_email_change_asked_with_a_poisoned_host_mails_a_link_to_this_site_that_changes_it()
    {
        var person = await app.CreatePersonAsync("Changing Address", "Member");
        var newEmail = NewEmail();
        using (var member = Attacker())
        {
            await member.SignInAsync(person);
            await member.SubmitAsync("/Account/Manage/Email", "change-email", new Dictionary<string, string> { ["Input.NewEmail"] = newEmail });
        }
        var link = Mailbox.LinkIn(await app.Mailbox.WaitForAsync(newEmail, "Confirm your email address"), "ConfirmEmailChange");
        AssertFromPublicAddress(link);

        using var owner = new Browser(app);
        await owner.SignInAsync(person);
        var page = await owner.NavigateAsync(link);
        Assert.Contains("Thank you for confirming your email change.", page.Text);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal(newEmail, (await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == person.Id)).Email);
    }
}

using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Files;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Membership;

[Collection(AppCollection.Name)]
public sealed class JoinBadInputTests(CommunityAppFactory app)
{
    private async Task<int> AccountsWithAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.CountAsync(u => u.Email == email);
    }

    private static string NewEmail() => $"bad.{Guid.NewGuid():N}@example.org";

    [Theory]
    [InlineData("Input.Password", "short", "Passwords must be at least 12 characters.")]
    [InlineData("Input.AcceptsCodeOfConduct", "false", "You must accept the code of conduct to join.")]
    [InlineData("Input.AcceptsPrivacyNotice", "false", "You must accept the privacy notice to join.")]
    [InlineData("Input.Motivation", "", "Tell us why you want to join.")]
    [InlineData("Input.CountryCode", "XX", "Choose your country from the list.")]
    [InlineData("Input.Email", "not-an-address", "Enter a valid email address.")]
    [InlineData("Input.TimeZoneId", "Mars/Olympus_Mons", "Choose a time zone from the list.")]
    public async Task Bad_input_is_refused_with_a_clear_message_the_typed_text_stays_and_nothing_is_saved(string field, string value, string message)
    {
        var email = NewEmail();
        var fields = JoinFlowTests.Application(email, "Keeps Her Text");
        fields[field] = value;
        using var browser = new Browser(app);
        var page = await browser.SubmitAsync("/join", "join", fields);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.Text);
        Assert.Contains("value=\"Keeps Her Text\"", page.Text);
        if (field != "Input.Motivation")
        {
            Assert.Contains("I live with type 1 diabetes", page.Text);
        }
        Assert.Equal(0, await AccountsWithAsync(email));
        await app.WaitForOutboxAsync();
        Assert.Empty(app.Mailbox.For(email));
    }

    [Fact]
    public async Task A_second_application_with_the_same_email_gets_the_same_answer_and_the_first_account_is_untouched()
    {
        var email = NewEmail();
        using var browser = new Browser(app);
        var first = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email, "First"));
        Assert.True(first.IsRedirect, $"The first application with this email should be accepted and redirect:\n{first.Html}");

        // The answer never tells that the address has an account; its owner is told by mail instead.
        var second = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email.ToUpperInvariant(), "Second"));
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Location, second.Location);
        Assert.Equal(1, await AccountsWithAsync(email));
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Equal("First", (await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Email == email)).DisplayName);
        await app.Mailbox.WaitForAsync(email, "Someone tried to apply with your address");
    }

    [Fact]
    public async Task A_letter_of_support_must_be_a_real_pdf_whatever_its_name()
    {
        var email = NewEmail();
        using var browser = new Browser(app);
        var page = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email),
            ("SupportLetter", "letter.pdf", "MZ this is an executable pretending"u8.ToArray()));
        Assert.Contains("The letter of support must be a PDF file.", page.Text);
        Assert.Equal(0, await AccountsWithAsync(email));
    }

    [Fact]
    public async Task A_letter_of_support_over_5_MB_is_refused()
    {
        var email = NewEmail();
        var big = new byte[(5 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        using var browser = new Browser(app);
        var page = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email), ("SupportLetter", "letter.pdf", big));
        Assert.Contains("The letter of support must be at most 5 MB.", page.Text);
        Assert.Equal(0, await AccountsWithAsync(email));
    }

    [Fact]
    public async Task A_real_pdf_letter_is_kept_for_moderators()
    {
        var email = NewEmail();
        var letter = "%PDF-1.4\n%letter of support\n"u8.ToArray();
        using var browser = new Browser(app);
        var page = await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email), ("SupportLetter", "anything.bin", letter));
        Assert.True(page.IsRedirect, page.Html);
        await using var scope = app.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().MembershipApplications
            .SingleAsync(a => a.User!.Email == email);
        Assert.NotNull(application.SupportLetterFile);
        await using var kept = await scope.ServiceProvider.GetRequiredService<IFileStore>().OpenReadAsync(SupportLetter.KeyOf(application.SupportLetterFile));
        Assert.NotNull(kept);
        using var copy = new MemoryStream();
        await kept.CopyToAsync(copy);
        Assert.Equal(letter, copy.ToArray());
    }

    [Fact]
    public async Task A_tampered_confirmation_link_confirms_nothing()
    {
        var email = NewEmail();
        using var browser = new Browser(app);
        await browser.SubmitAsync("/join", "join", JoinFlowTests.Application(email));
        var link = Mailbox.LinkIn(await app.Mailbox.WaitForAsync(email, "Confirm"), "ConfirmEmail");
        var tampered = link[..^4] + (link[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var page = await browser.NavigateAsync(tampered);
        Assert.Contains("This confirmation link is not valid or has expired.", page.Text);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Email == email);
        Assert.False(user.EmailConfirmed, "A tampered confirmation link should not confirm the email address.");
    }

    [Fact]
    public async Task Password_reset_answers_the_same_whether_or_not_the_email_exists()
    {
        var known = await app.CreatePersonAsync("Known Person", "Member");
        using var browser = new Browser(app);
        var forKnown = await browser.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = known.Email });
        var forUnknown = await browser.SubmitAsync("/Account/ForgotPassword", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = NewEmail() });
        Assert.Equal(forKnown.Status, forUnknown.Status);
        Assert.Equal(new Uri(new Uri("http://localhost"), forKnown.Location).AbsolutePath, new Uri(new Uri("http://localhost"), forUnknown.Location).AbsolutePath);
        await app.Mailbox.WaitForAsync(known.Email, "Reset your password");
    }

    [Fact]
    public async Task Sign_in_answers_the_same_for_a_wrong_password_and_an_unknown_email()
    {
        var known = await app.CreatePersonAsync("Known Signin", "Member");
        using var browser = new Browser(app);
        var wrongPassword = await browser.SubmitAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = known.Email, ["Input.Password"] = "wrong password here" });
        var unknown = await browser.SubmitAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = NewEmail(), ["Input.Password"] = "wrong password here" });
        Assert.Equal(HttpStatusCode.OK, wrongPassword.Status);
        Assert.Equal(HttpStatusCode.OK, unknown.Status);
        Assert.Contains("Invalid sign-in attempt.", wrongPassword.Text);
        Assert.Contains("Invalid sign-in attempt.", unknown.Text);
    }
}

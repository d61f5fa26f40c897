using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

[Collection(BrowserCollection.Name)]
public sealed class MembershipJourneyTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task A_person_applies_confirms_is_approved_signs_in_and_edits_their_profile(string language)
    {
        var email = $"journey.{language}.{Guid.NewGuid():N}@example.org";
        var name = $"Journey {language.ToUpperInvariant()}";
        string T(string key) => App.Translate(language, key);

        var applicant = await fixture.NewPageAsync(language);
        await applicant.GotoAsync($"/join?culture={language}");
        Assert.Equal(language, await applicant.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(applicant);

        await applicant.GetByLabel(T("Display name")).FillAsync(name);
        await applicant.GetByLabel(T("Legal name (optional)")).FillAsync("Journey Legal Name");
        await applicant.GetByLabel(T("Person living with an NCD")).CheckAsync();
        await applicant.GetByLabel(T("Diabetes")).CheckAsync();
        await applicant.GetByLabel(T("Country"), new() { Exact = true }).SelectOptionAsync("SN");
        await applicant.GetByLabel(T("Why do you want to join?")).FillAsync("Pour partager ce qui a marché dans notre association.");
        await applicant.GetByLabel(T("Email"), new() { Exact = true }).FillAsync(email);
        await applicant.GetByLabel(T("Password"), new() { Exact = true }).FillAsync(CommunityAppFactory.Password);
        // The browser pre-fills its own time zone (the context runs in Europe/Paris).
        Assert.Equal("Europe/Paris", await applicant.GetByLabel(T("Time zone")).InputValueAsync());

        // Forgetting the consents keeps everything typed and says why.
        await applicant.GetByRole(AriaRole.Button, new() { Name = T("Send my application") }).ClickAsync();
        await Assertions.Expect(applicant.GetByText(T("You must accept the code of conduct to join.")).First).ToBeVisibleAsync();
        Assert.Equal(name, await applicant.GetByLabel(T("Display name")).InputValueAsync());

        await applicant.GetByLabel(T("Password"), new() { Exact = true }).FillAsync(CommunityAppFactory.Password);
        await applicant.Locator("#accept-conduct").CheckAsync();
        await applicant.Locator("#accept-privacy").CheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = T("Send my application") }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = T("Check your email") })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(applicant);

        var confirmation = await App.Mailbox.WaitForAsync(email, T("Confirm your email address"));
        await applicant.GotoAsync(Mailbox.LinkIn(confirmation, "ConfirmEmail"));
        await Assertions.Expect(applicant.GetByText(T("Thank you for confirming your email address. Your application now goes to the moderators; we will write to you when they decide."))).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(applicant);

        var moderatorPerson = await App.CreatePersonAsync($"Moderator {language}", Roles.Member, Roles.Moderator);
        var moderator = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(moderator, moderatorPerson, language, scanTwoFactorPage: true);
        await moderator.GotoAsync("/moderation");
        await Accessibility.AssertNoViolationsAsync(moderator);
        await moderator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(moderator.GetByText("Journey Legal Name")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(moderator);
        await moderator.GetByLabel(T("Approve: they become a member")).CheckAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = T("Record the decision") }).ClickAsync();
        await Assertions.Expect(moderator.GetByRole(AriaRole.Heading, new() { Name = T("Recent decisions") })).ToBeVisibleAsync();

        await App.Mailbox.WaitForAsync(email, T("Welcome to the community of practice"));
        await SignIn.AsAsync(applicant, new TestPerson("", email, CommunityAppFactory.Password, name, null), language);
        await applicant.GotoAsync("/profile");
        await Accessibility.AssertNoViolationsAsync(applicant);
        await applicant.GetByLabel(T("Short bio (Markdown)")).FillAsync("I run a **peer support** group in Dakar.");
        await applicant.GetByLabel(T("Show my organisation to other members")).UncheckAsync();
        await applicant.GetByRole(AriaRole.Button, new() { Name = T("Save my profile") }).ClickAsync();
        await Assertions.Expect(applicant.GetByRole(AriaRole.Status)).ToContainTextAsync(T("Your profile has been saved."));
        Assert.Equal("I run a **peer support** group in Dakar.", await applicant.GetByLabel(T("Short bio (Markdown)")).InputValueAsync());

        await applicant.GotoAsync($"/members?q={Uri.EscapeDataString(name)}");
        await Assertions.Expect(applicant.GetByRole(AriaRole.Heading, new() { Name = name })).ToBeVisibleAsync();
        await Assertions.Expect(applicant.Locator("strong", new() { HasText = "peer support" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(applicant);

        await applicant.Context.CloseAsync();
        await moderator.Context.CloseAsync();
    }
}

using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>axe on every page, in English and French, as the role that can see it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, string> PublicPages() => Pages(
        "/", "/join", "/join/sent", "/code-of-conduct", "/privacy", "/Account/Login", "/Account/ForgotPassword",
        "/Account/ResendEmailConfirmation", "/Account/Lockout", "/Account/AccessDenied", "/setup?token=nope", "/no-such-page");

    public static TheoryData<string, string> AdminPages() => Pages(
        "/members", "/debates", "/debates/new", "/webinars", "/webinars/new", "/events", "/events?month=2018-06", "/profile", "/application", "/moderation", "/admin", "/admin/audit?action=role.",
        "/Account/Manage", "/Account/Manage/Email", "/Account/Manage/ChangePassword", "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/Passkeys", "/Account/Manage/PersonalData", "/Account/Manage/DeletePersonalData", "/Account/Manage/ResetAuthenticator");

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task Public_pages_have_no_accessibility_violations(string path, string language)
    {
        var page = await fixture.NewPageAsync(language);
        await page.GotoAsync($"{path}{(path.Contains('?') ? '&' : '?')}culture={language}");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Member_and_staff_pages_have_no_accessibility_violations(string path, string language)
    {
        var admin = await fixture.App.AdministratorAsync();
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, admin, language);

        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
        Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    private static TheoryData<string, string> Pages(params string[] paths)
    {
        var data = new TheoryData<string, string>();
        foreach (var path in paths)
        {
            data.Add(path, "en");
            data.Add(path, "fr");
        }
        return data;
    }
}

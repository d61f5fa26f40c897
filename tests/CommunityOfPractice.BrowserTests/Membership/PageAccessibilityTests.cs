using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>axe on every page, in English and French, as the role that can see it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fixture)
{
    private static readonly string[] PublicPaths =
    [
        "/", "/join", "/join/sent", "/code-of-conduct", "/privacy", "/Account/Login", "/Account/ForgotPassword",
        "/Account/ResendEmailConfirmation", "/Account/Lockout", "/Account/AccessDenied", "/setup?token=nope", "/no-such-page", "/api-reference",
    ];

    private static readonly string[] AdminPaths =
    [
        "/members", "/debates", "/debates/new", "/webinars", "/webinars/new", "/events", "/events?month=2018-06", "/profile", "/application", "/moderation",
        "/moderation/practices/from-debates", "/admin", "/admin/audit?action=role.", "/admin/mail", "/admin/themes", "/admin/api-clients",
        "/syntheses", "/syntheses/impact",
        "/Account/Manage", "/Account/Manage/Email", "/Account/Manage/ChangePassword", "/Account/Manage/TwoFactorAuthentication",
        "/Account/Manage/Passkeys", "/Account/Manage/PersonalData", "/Account/Manage/DeletePersonalData", "/Account/Manage/ResetAuthenticator",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Public_pages_have_no_accessibility_violations(string language)
    {
        var page = await fixture.NewPageAsync(language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, PublicPaths.Select(path => $"{path}{(path.Contains('?') ? '&' : '?')}culture={language}"));
        await page.Context.CloseAsync();
    }

    /// <summary>One sign-in per language, as an administrator (who may open every page); each page is listed on failure.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Member_and_staff_pages_have_no_accessibility_violations(string language)
    {
        var admin = await fixture.App.AdministratorAsync();
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, admin, language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, AdminPaths);
        await page.Context.CloseAsync();
    }
}

using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>axe (WCAG 2.2 AA rules included) on every page, in English, French and Spanish, as the role that can see it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Public_pages_have_no_accessibility_violations(string language)
    {
        var page = await fixture.NewPageAsync(language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, SitePages.Public.Select(path => SitePages.In(path, language)));
        await page.Context.CloseAsync();
    }

    /// <summary>One sign-in per language, as an administrator (who may open every page); each page is listed on failure.</summary>
    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public async Task Member_and_staff_pages_have_no_accessibility_violations(string language)
    {
        var admin = await fixture.App.AdministratorAsync();
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, admin, language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, SitePages.ForAdministrator);
        await page.Context.CloseAsync();
    }
}

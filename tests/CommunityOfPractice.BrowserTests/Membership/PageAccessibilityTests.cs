using CommunityOfPractice.BrowserTests.Hosting;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>
/// axe (WCAG 2.2 AA rules included) on every page, in English, French and Spanish, as the role that can see it. Each
/// walk also covers one more way of reading: English on a desktop screen, French on a 320-pixel phone, Spanish on a
/// 320-pixel phone with the system asking for dark (so every page is checked in each language, light and dark, and at
/// phone width in the two longer languages; <see cref="PhoneWidthTests"/> does English at phone widths).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageAccessibilityTests(BrowserFixture fixture)
{
    public static TheoryData<string, ColorScheme, int?> Readers => new()
    {
        { "en", ColorScheme.Light, null },
        { "fr", ColorScheme.Light, 320 },
        { "es", ColorScheme.Dark, 320 },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Public_pages_have_no_accessibility_violations(string language, ColorScheme colorScheme, int? phoneWidth)
    {
        var paths = SitePages.Public.Select(path => SitePages.In(path, language));
        if (phoneWidth is not null)
        {
            var (_, practiceSlug) = await WideContent.CreateAsync(fixture.App);
            paths = WideContent.Public(practiceSlug, language);
        }
        var page = await fixture.NewPageAsync(language, colorScheme);
        await page.GotoAsync(SitePages.In("/", language));
        Assert.Equal(colorScheme == ColorScheme.Dark ? "rgb(33, 37, 41)" : "rgb(255, 255, 255)",
            await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, paths, phoneWidth);
        await page.Context.CloseAsync();
    }

    /// <summary>One sign-in per reader, as an administrator (who may open every page); each page is listed on failure.</summary>
    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Member_and_staff_pages_have_no_accessibility_violations(string language, ColorScheme colorScheme, int? phoneWidth)
    {
        IEnumerable<string> paths = SitePages.ForAdministrator;
        if (phoneWidth is not null)
        {
            var (debateId, _) = await WideContent.CreateAsync(fixture.App);
            paths = WideContent.ForAdministrator(debateId);
        }
        var admin = await fixture.App.AdministratorAsync();
        var page = await fixture.NewPageAsync(language, colorScheme);
        await SignIn.AsAsync(page, admin, language);
        await Accessibility.AssertPagesHaveNoViolationsAsync(page, language, paths, phoneWidth);
        await page.Context.CloseAsync();
    }

    /// <summary>The walks above pass only if axe really runs: a picture without a text alternative and a nameless button are found.</summary>
    [Fact]
    public async Task Axe_finds_a_violation_put_in_a_page()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/favicon.png\"><button></button>')");
        var violations = string.Join("\n", await Accessibility.ViolationsAsync(page));
        Assert.Contains("image-alt", violations, StringComparison.Ordinal);
        Assert.Contains("button-name", violations, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}

using CommunityOfPractice.BrowserTests.Hosting;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>
/// On a phone, no page scrolls sideways: every page, anonymous and as an administrator (who sees them all), with
/// content that pushes (a long guiding question, a post of one unbroken word, long table cells). English here, at the
/// two widths; French and Spanish at 320 pixels in <see cref="PageAccessibilityTests"/>' walks.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneWidthTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData(390)]
    [InlineData(320)]
    public async Task No_page_is_wider_than_the_phone_in_English(int width)
    {
        var (debateId, practiceSlug) = await WideContent.CreateAsync(fixture.App);
        var page = await fixture.NewPageAsync("en");
        await PageWalk.AssertAsync(page, "en", WideContent.Public(practiceSlug, "en"), width, axe: false);
        await SignIn.AsAsync(page, await fixture.App.AdministratorAsync(), "en");
        await PageWalk.AssertAsync(page, "en", WideContent.ForAdministrator(debateId), width, axe: false);
        await page.Context.CloseAsync();
    }
}

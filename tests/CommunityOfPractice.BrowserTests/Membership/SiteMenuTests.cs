using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>On a phone the header is one line with a "Menu" button; the links open as a column, by mouse or keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteMenuTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_links_fold_behind_a_menu_that_opens_by_keyboard_and_closes_with_escape()
    {
        var member = await fixture.App.CreatePersonAsync("Menu Member", Roles.Member);
        var page = await fixture.NewPageAsync("fr");
        await page.SetViewportSizeAsync(390, 844);
        await SignIn.AsAsync(page, member, "fr");
        await page.GotoAsync("/?culture=fr");

        var toggle = page.GetByTestId("menu-toggle");
        var debates = page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Débats", Exact = true });
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(debates).ToBeHiddenAsync();
        // The header is one short line, not four lines of links.
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 90, $"The folded header is {header.Height} px high.");

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(debates).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link).Nth(1)).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToBeFocusedAsync();
        await Assertions.Expect(debates).ToBeHiddenAsync();

        await toggle.ClickAsync();
        await debates.ClickAsync();
        await page.WaitForURLAsync("**/debates");
        // A new page starts with the menu folded.
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");

        // On a wide screen the links are in the header and the button is gone.
        await page.SetViewportSizeAsync(1280, 800);
        await Assertions.Expect(toggle).ToBeHiddenAsync();
        await Assertions.Expect(debates).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}

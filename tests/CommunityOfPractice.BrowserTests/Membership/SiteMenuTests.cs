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
        // A new page starts with the menu folded, and it still folds.
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(debates).ToBeHiddenAsync();

        // On a wide screen the links are in the header and the button is gone.
        await page.SetViewportSizeAsync(1280, 800);
        await Assertions.Expect(toggle).ToBeHiddenAsync();
        await Assertions.Expect(debates).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_desktop_a_staff_members_header_is_one_line_with_the_account_behind_their_name()
    {
        var admin = await fixture.App.CreatePersonAsync("Adaeze Okonkwo-Fitzgerald", Roles.Member, Roles.Moderator, Roles.Coordinator, Roles.Admin);
        var page = await fixture.NewPageAsync("fr");
        await page.SetViewportSizeAsync(1280, 800);
        await SignIn.AsAsync(page, admin, "fr");
        await page.GotoAsync("/debates?culture=fr");

        // French, every staff role: one line of header (it took two before the menus). The staff's pages are behind "Gérer".
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Principale" });
        var administration = nav.GetByRole(AriaRole.Link, new() { Name = "Administration", Exact = true });
        await Assertions.Expect(administration).ToBeHiddenAsync();
        var header = await page.Locator("header.site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 80, $"The staff header is {header.Height} px high at 1280 px in French.");

        await page.GetByTestId("staff-toggle").ClickAsync();
        await administration.ClickAsync();
        await page.WaitForURLAsync("**/admin**");
        // The page reached by the link (enhanced navigation) starts with the menus folded and still folding.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Administration", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(administration).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("staff-toggle")).ToBeVisibleAsync();

        var account = page.GetByTestId("account-toggle");
        var profile = nav.GetByRole(AriaRole.Link, new() { Name = "Mon profil" });
        // At 1280 px the initials show and the name is for screen readers; the button is named by it.
        await Assertions.Expect(account).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("Adaeze Okonkwo-Fitzgerald"));
        await Assertions.Expect(profile).ToBeHiddenAsync();

        // By keyboard: Enter opens it, Tab reaches its links, Escape folds it back onto the button.
        await account.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(account).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(profile).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(profile).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(account).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(account).ToBeFocusedAsync();

        // By mouse: a click anywhere else folds it.
        await account.ClickAsync();
        await Assertions.Expect(profile).ToBeVisibleAsync();
        await page.Locator("main h1").ClickAsync();
        await Assertions.Expect(profile).ToBeHiddenAsync();

        // Signing out from it works.
        await account.ClickAsync();
        await nav.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Se connecter" })).ToBeVisibleAsync();

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_account_links_are_listed_in_the_open_menu()
    {
        var member = await fixture.App.CreatePersonAsync("Menu Account Member", Roles.Member);
        var page = await fixture.NewPageAsync("en");
        await page.SetViewportSizeAsync(390, 844);
        await SignIn.AsAsync(page, member, "en");
        await page.GotoAsync("/debates");

        await Assertions.Expect(page.GetByTestId("account-toggle")).ToBeHiddenAsync();
        await page.GetByTestId("menu-toggle").ClickAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_scripts_every_link_of_the_header_is_shown()
    {
        var member = await fixture.App.CreatePersonAsync("No Script Member", Roles.Member, Roles.Coordinator);
        var page = await fixture.NewPageAsync("en");
        await page.SetViewportSizeAsync(390, 844);
        await SignIn.AsAsync(page, member, "en");
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseUrl, Locale = "en", JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });
        await context.AddCookiesAsync((await page.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Expires = c.Expires, HttpOnly = c.HttpOnly, Secure = c.Secure, SameSite = c.SameSite,
        }));
        var noScript = await context.NewPageAsync();
        await noScript.GotoAsync("/debates");

        var nav = noScript.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(noScript.GetByTestId("menu-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Debates", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Syntheses", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "My profile" })).ToBeVisibleAsync();
        await context.CloseAsync();
        await page.Context.CloseAsync();
    }
}

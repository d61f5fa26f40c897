using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Hosting;

public static class SignIn
{
    /// <summary>Signs in through the real page, with the authenticator code when the account has two-factor on.</summary>
    public static async Task AsAsync(IPage page, TestPerson person, string language = "en", bool scanTwoFactorPage = false)
    {
        await page.GotoAsync($"/Account/Login?culture={language}");
        await page.Locator("#Input\\.Email").FillAsync(person.Email);
        await page.Locator("#Input\\.Password").FillAsync(person.Password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        if (page.Url.Contains("LoginWith2fa", StringComparison.OrdinalIgnoreCase))
        {
            if (scanTwoFactorPage)
            {
                await Accessibility.AssertNoViolationsAsync(page);
            }
            await page.Locator("#Input\\.TwoFactorCode").FillAsync(Totp.Code(person.AuthenticatorKey!));
            await page.Locator("form button[type=submit]").First.ClickAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        Assert.DoesNotContain("/Account/Login", page.Url, StringComparison.OrdinalIgnoreCase);
    }
}

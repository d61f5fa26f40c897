using System.Net;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Platform;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>The limits belong to the endpoints: another spelling of a limited path is the same endpoint and the same count.</summary>
public sealed class EndpointLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Theory]
    [InlineData("/Account/Login/", "login")]
    [InlineData("/ACCOUNT/LOGIN", "login")]
    [InlineData("/join/", "join")]
    [InlineData("/JOIN", "join")]
    [InlineData("/Account/ForgotPassword/", "forgot-password")]
    [InlineData("/account/forgotpassword", "forgot-password")]
    [InlineData("/Account/ResendEmailConfirmation/", "resend-email-confirmation")]
    [InlineData("/Account/ResetPassword/?code=YWJj", "reset-password")]
    public async Task Another_spelling_of_a_limited_path_is_limited_too(string path, string form)
    {
        using var browser = new Browser(app);
        // Three posts a minute are allowed (RateLimitedAppFactory); ten cover a window turning over in between.
        Page? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            var page = await browser.SubmitAsync(path, form, new Dictionary<string, string> { ["Input.Email"] = "nobody@example.org", ["Input.Password"] = "whatever it is" });
            limited = page.Status == HttpStatusCode.TooManyRequests ? page : null;
        }
        Assert.True(limited is not null, $"POST {path} was never limited in ten tries.");
        Assert.Contains("Too many attempts", limited!.Text);
    }

    [Fact]
    public async Task A_signed_in_account_is_limited_whatever_address_its_posts_come_from()
    {
        var person = await app.CreatePersonAsync("Many Addresses", "Member");
        using var browser = new Browser(app, IPAddress.Parse("198.51.100.1"));
        await browser.SignInAsync(person);
        Page? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            // Each post from an address of its own: no address ever reaches its limit.
            browser.ClientAddress = IPAddress.Parse($"203.0.113.{i + 1}");
            var page = await browser.SubmitAsync("/Account/Manage/Email", "change-email",
                new Dictionary<string, string> { ["Input.NewEmail"] = $"new.{Guid.NewGuid():N}@example.org" });
            limited = page.Status == HttpStatusCode.TooManyRequests ? page : null;
        }
        Assert.True(limited is not null, "Ten email changes of one account from ten addresses were never limited.");
        Assert.Contains("Too many attempts", limited!.Text);
    }

    [Fact]
    public async Task Two_factor_codes_for_one_account_are_limited_whatever_address_they_come_from()
    {
        var person = await app.CreatePersonAsync("Guessed Codes", "Member", "Moderator");
        Assert.True(person.AuthenticatorKey is not null, "A moderator made by the tests has an authenticator.");
        using var browser = new Browser(app, IPAddress.Parse("198.51.100.2"));
        var login = await browser.SubmitAsync("/Account/Login", "login", new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = person.Password,
        });
        Assert.True(login.Location?.Contains("LoginWith2fa", StringComparison.OrdinalIgnoreCase) == true, $"The password step should lead to the code step, not {login.Location}");
        Page? limited = null;
        for (var i = 0; i < 10 && limited is null; i++)
        {
            browser.ClientAddress = IPAddress.Parse($"203.0.113.{i + 101}");
            var page = await browser.SubmitAsync(login.Location!, "login-with-2fa", new Dictionary<string, string> { ["Input.TwoFactorCode"] = $"{i:000000}" });
            limited = page.Status == HttpStatusCode.TooManyRequests ? page : null;
        }
        Assert.True(limited is not null, "Ten guessed codes for one account from ten addresses were never limited.");
    }

    [Fact]
    public async Task The_api_token_endpoint_is_limited()
    {
        using var client = app.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 10 && !statuses.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await client.PostAsync("/connect/token/", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = "guessing",
                ["client_secret"] = $"guess {i}",
            }));
            statuses.Add(response.StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}

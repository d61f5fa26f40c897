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

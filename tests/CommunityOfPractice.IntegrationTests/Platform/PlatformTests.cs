using System.Net;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

[Collection(AppCollection.Name)]
public sealed class PlatformTests(CommunityAppFactory app)
{
    [Fact]
    public async Task Health_answers_200_on_a_fresh_database()
    {
        using var browser = new Browser(app);
        var health = await browser.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Healthy", health.Html);
        if (app.PostgreSqlConnection is null)
        {
            Assert.True(File.Exists(Path.Combine(app.DataDirectory, "community.db")),
                $"The embedded profile should create its database at {Path.Combine(app.DataDirectory, "community.db")}.");
        }
        else
        {
            await using var scope = app.Services.CreateAsyncScope();
            Assert.Empty(await Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetPendingMigrationsAsync(
                scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Data.CommunityDbContext>().Database));
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/join")]
    [InlineData("/Account/Login")]
    [InlineData("/health")]
    [InlineData("/does-not-exist")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var browser = new Browser(app);
        var page = await browser.GetAsync(path);
        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("default-src 'self'", csp);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Choosing_a_language_switches_the_page_and_is_remembered()
    {
        using var browser = new Browser(app);
        var english = await browser.GetAsync("/");
        Assert.Contains("<html lang=\"en\"", english.Text);

        var french = await browser.GetAsync("/?culture=fr");
        Assert.Contains("<html lang=\"fr\"", french.Text);
        var applyInFrench = app.Translate("fr", "Apply to join");
        Assert.NotEqual("Apply to join", applyInFrench);
        Assert.Contains(applyInFrench, french.Text);

        var remembered = await browser.GetAsync("/join");
        Assert.Contains("<html lang=\"fr\"", remembered.Text);

        var spanish = await browser.GetAsync("/join?culture=es");
        Assert.Contains("<html lang=\"es\"", spanish.Text);
    }

    [Fact]
    public async Task An_unknown_page_answers_404_with_a_readable_page()
    {
        using var browser = new Browser(app);
        var page = await browser.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("Page not found", page.Text);
    }

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_against_the_right_password()
    {
        var person = await app.CreatePersonAsync("Lock Me", "Member");
        using var browser = new Browser(app);
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = $"wrong password {i}" });
        }
        var withRightPassword = await browser.SubmitAsync("/Account/Login", "login", new Dictionary<string, string> { ["Input.Email"] = person.Email, ["Input.Password"] = person.Password });
        Assert.True(withRightPassword.IsRedirect,
            $"Signing in with the right password after five wrong ones should redirect to the lockout page, not answer {withRightPassword.Status}.");
        Assert.Contains("/Account/Lockout", withRightPassword.Location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_forged_setup_token_creates_nothing()
    {
        using var browser = new Browser(app);
        var page = await browser.GetAsync("/setup?token=forged");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This setup link is not valid or has already been used.", page.Text);
        Assert.DoesNotContain("name=\"_handler\" value=\"setup\"", page.Text);
    }
}

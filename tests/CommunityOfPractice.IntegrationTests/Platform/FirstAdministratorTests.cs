using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Setup;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class FirstAdministratorTests(FreshInstallFactory app) : IClassFixture<FreshInstallFactory>
{
    [Fact]
    public async Task The_setup_link_creates_the_first_administrator_once_and_then_stops_working()
    {
        string token;
        await using (var issuing = app.Services.CreateAsyncScope())
        {
            token = await issuing.ServiceProvider.GetRequiredService<SetupToken>().IssueAsync();
        }
        using var browser = new Browser(app);

        var forged = await browser.GetAsync("/setup?token=" + new string('0', token.Length));
        Assert.Contains("This setup link is not valid or has already been used.", forged.Text);

        var weak = await browser.SubmitAsync($"/setup?token={token}", "setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "First Admin",
            ["Input.Email"] = "first.admin@example.org",
            ["Input.Password"] = "short",
        });
        Assert.Equal(HttpStatusCode.OK, weak.Status);
        Assert.Contains("Passwords must be at least 12 characters.", weak.Text);
        Assert.Contains("value=\"First Admin\"", weak.Text);

        var created = await browser.SubmitAsync($"/setup?token={token}", "setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "First Admin",
            ["Input.Email"] = "first.admin@example.org",
            ["Input.Password"] = CommunityAppFactory.Password,
        });
        Assert.True(created.IsRedirect, created.Text);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin = await users.FindByEmailAsync("first.admin@example.org");
            Assert.NotNull(admin);
            Assert.True(await users.IsInRoleAsync(admin, Roles.Admin), "The account created through the setup page should be an administrator.");
        }

        var reused = await browser.GetAsync($"/setup?token={token}");
        Assert.Contains("This setup link is not valid or has already been used.", reused.Text);
        Assert.DoesNotContain("name=\"_handler\" value=\"setup\"", reused.Html);
    }
}

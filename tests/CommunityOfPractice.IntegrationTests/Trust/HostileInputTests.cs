using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.Membership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

[Collection(AppCollection.Name)]
public sealed class HostileInputTests(CommunityAppFactory app)
{
    [Theory]
    [InlineData("/Account/LoginWith2fa")]
    [InlineData("/Account/LoginWithRecoveryCode")]
    public async Task The_code_step_without_the_password_step_goes_back_to_sign_in_with_a_word_of_why(string path)
    {
        using var browser = new Browser(app);
        var first = await browser.GetAsync(path);
        Assert.True(first.IsRedirect, $"{path} without the password step should send to sign-in, got {(int)first.Status}");
        var page = await browser.NavigateAsync(first.Location!);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("Your sign-in took too long or was not started here. Please sign in again.", page.Text);
        Assert.Contains("name=\"_handler\" value=\"login\"", page.Html);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_hostile_return_url_after_sign_in_goes_home(string returnUrl)
    {
        var member = await app.CreatePersonAsync("Returning Member", Roles.Member);
        using var browser = new Browser(app);
        var path = $"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var signedIn = await browser.SubmitAsync(path, "login", new Dictionary<string, string> { ["Input.Email"] = member.Email, ["Input.Password"] = member.Password });
        Assert.True(signedIn.IsRedirect, $"Sign-in should redirect, got {(int)signedIn.Status}:\n{signedIn.Text}");
        var target = new Uri(new Uri("http://localhost/"), signedIn.Location);
        Assert.Equal("localhost", target.Host);
        Assert.Equal("/", target.AbsolutePath);
    }

    [Fact]
    public async Task Choosing_a_language_by_link_sets_the_cookie_and_leaves_the_profile_alone()
    {
        var member = await app.CreatePersonAsync("Linked Language", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var page = await browser.GetAsync("/?culture=es");
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == member.Id)).PreferredLanguage;
        Assert.NotEqual("es", stored);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("amina wanjiru 2026")]
    public async Task A_guessable_password_is_refused_at_join_with_an_explanation(string password)
    {
        using var browser = new Browser(app);
        var email = $"weak.{Guid.NewGuid():N}@example.org";
        var fields = JoinFlowTests.Application(email);
        fields["Input.Password"] = password;
        var page = await browser.SubmitAsync("/join", "join", fields);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This password is too easy to guess", page.Text);
        Assert.Contains(email, page.Html);
    }
}

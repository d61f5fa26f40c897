using System.Net;
using System.Text.Json;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Live;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

[Collection(AppCollection.Name)]
public sealed class HubAndStaffTests(CommunityAppFactory app)
{
    private async Task<(Browser Browser, TestPerson Person)> SignedInAsync(string name, params string[] roles)
    {
        var person = await app.CreatePersonAsync(name, roles);
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return (browser, person);
    }

    [Fact]
    public async Task The_hub_answers_an_anonymous_negotiate_with_401()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.PostAsync("/hubs/debates/negotiate?negotiateVersion=1", null);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_hub_takes_a_post_of_17000_accented_letters()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (browser, _) = await SignedInAsync("Long Writer", Roles.Member);
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var text = new string('é', 17_000);

        var ack = await hub.InvokeAsync<PostAck>("Post", debateId, (long?)null, text, QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));

        Assert.True(ack.Accepted, ack.Error);
        Assert.Equal(HubConnectionState.Connected, hub.State);
    }

    [Fact]
    public async Task Hub_clients_see_author_names_and_never_account_ids()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var (authorBrowser, author) = await SignedInAsync("Visible Author", Roles.Member);
        var (readerBrowser, _) = await SignedInAsync("Curious Reader", Roles.Member);
        await using var authorHub = await HubClients.ConnectAsync(app, authorBrowser);
        await using var readerHub = await HubClients.ConnectAsync(app, readerBrowser);
        var live = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        readerHub.On<JsonElement>("PostAdded", post => live.TrySetResult(post));
        await readerHub.InvokeAsync<JsonElement>("Join", debateId, 0L);
        var ack = await authorHub.InvokeAsync<PostAck>("Post", debateId, (long?)null, "Who am I to the hub?", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.True(ack.Accepted, ack.Error);

        var pushed = (await live.Task.WaitAsync(TimeSpan.FromSeconds(30))).GetRawText();
        var joined = (await readerHub.InvokeAsync<JsonElement>("Join", debateId, 0L)).GetRawText();
        foreach (var json in new[] { pushed, joined })
        {
            Assert.Contains("Visible Author", json);
            Assert.DoesNotContain(author.Id, json);
            Assert.DoesNotContain("authorId", json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_new_moderator_without_an_authenticator_is_led_to_a_working_two_factor_page()
    {
        var person = await app.CreatePersonAsync("New Moderator", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByIdAsync(person.Id);
            await users.AddToRoleAsync(user!, Roles.Moderator);
        }
        using var browser = new Browser(app);
        await browser.SignInAsync(person);

        var first = await browser.GetAsync("/moderation");
        Assert.True(first.IsRedirect, $"A moderator without two-factor should be sent to set it up, got {(int)first.Status}");
        var page = await browser.NavigateAsync("/moderation");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Set up an authenticator app before you can use them.", page.Text);
    }
}

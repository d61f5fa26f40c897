using System.Net;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Administration;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>A removed role or a deleted account stops working at once: sessions, hub connections and feeds alike.</summary>
[Collection(AppCollection.Name)]
public sealed class LosingPowersTests(CommunityAppFactory app)
{
    private async Task ChangeRoleAsync(string userId, string role, bool grant)
    {
        var admin = await app.AdministratorAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ChangeRoles>().HandleAsync(new Actor(admin.Id, admin.DisplayName), userId, role, grant);
        Assert.True(result.Succeeded, $"Changing the role should succeed: {string.Join(" ", result.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public async Task A_moderator_whose_role_is_removed_loses_the_queue_and_the_open_hub_connection_at_once()
    {
        var moderator = await app.CreatePersonAsync("Demoted Moderator", Roles.Member, Roles.Moderator);
        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/moderation")).Status);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), ModerationMode.PreModerationAll);
        var writer = await app.CreatePersonAsync("Held Writer", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(writer.Id, new PostCommand(debateId, null, "Held for moderators", null));
        }
        await using var hub = await HubClients.ConnectAsync(app, browser);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        var asModerator = await hub.InvokeAsync<IReadOnlyList<CommunityOfPractice.Web.Features.Debates.Live.HubPost>>("Join", debateId, 0L);
        Assert.Contains(asModerator, p => p.Status == PostStatus.Held);

        await ChangeRoleAsync(moderator.Id, Roles.Moderator, grant: false);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queue = await browser.GetAsync("/moderation");
        Assert.True(queue.IsRedirect && queue.Location!.Contains("Account/Login", StringComparison.OrdinalIgnoreCase),
            $"The old session should be refused at once, got {(int)queue.Status} {queue.Location}");
    }

    [Fact]
    public async Task A_deleted_accounts_cookie_is_refused_at_once()
    {
        var member = await app.CreatePersonAsync("Leaving Member", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/profile/export")).Status);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var deleted = await scope.ServiceProvider.GetRequiredService<DeleteAccount>().HandleAsync(member.Id, member.Password);
            Assert.True(deleted.Succeeded, $"Deleting the account should succeed: {string.Join(" ", deleted.Errors.Select(e => e.Message))}");
        }

        var export = await browser.GetAsync("/profile/export");

        Assert.NotEqual(HttpStatusCode.OK, export.Status);
        Assert.DoesNotContain(member.Email, export.Html);
    }

    [Fact]
    public async Task The_calendar_feed_answers_only_while_its_owner_is_a_member()
    {
        var member = await app.CreatePersonAsync("Feed Owner", Roles.Member);
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            token = await scope.ServiceProvider.GetRequiredService<CalendarFeed>().TokenOfAsync(member.Id);
        }
        using var calendar = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await calendar.GetAsync($"/calendar/{token}.ics")).StatusCode);

        await ChangeRoleAsync(member.Id, Roles.Member, grant: false);

        Assert.Equal(HttpStatusCode.NotFound, (await calendar.GetAsync($"/calendar/{token}.ics")).StatusCode);
    }
}

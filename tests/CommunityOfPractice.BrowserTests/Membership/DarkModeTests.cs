using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Membership;

/// <summary>
/// A person whose system asks for a dark theme gets dark pages, and every colour of them passes axe's contrast rules
/// there too: the public pages and every member and staff page (in <see cref="PageAccessibilityTests"/>' Spanish walks),
/// and here a debate room with an announcement and a preview.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DarkModeTests(BrowserFixture fixture)
{
    private Task<IPage> DarkPageAsync() => fixture.NewPageAsync("en", ColorScheme.Dark);

    /// <summary>The pages follow the system as it changes; every page's colours are checked dark in <see cref="PageAccessibilityTests"/>' Spanish walks.</summary>
    [Fact]
    public async Task Pages_follow_the_system_from_dark_to_light_without_a_reload()
    {
        var page = await DarkPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("rgb(33, 37, 41)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_debate_room_with_an_announcement_and_a_preview_is_readable_in_dark()
    {
        var debateId = await DebateSetup.CreateAsync(fixture.App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        var moderator = await fixture.App.CreatePersonAsync("Dark Moderator", Roles.Member, Roles.Moderator);
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            var posts = scope.ServiceProvider.GetRequiredService<PostToDebate>();
            var announcement = await posts.HandleAsync(moderator.Id, new PostCommand(debateId, null, "Welcome: the debate is **open** until Friday.", null, null, null, PostKind.Announcement));
            Assert.True(announcement.Succeeded, "The announcement was refused.");
            var post = await posts.HandleAsync(moderator.Id, new PostCommand(debateId, null, "A [link](https://example.org) and `code` in a post.", null));
            Assert.True(post.Succeeded, "The post was refused.");
        }
        var member = await fixture.App.CreatePersonAsync("Dark Reader", Roles.Member);
        var page = await DarkPageAsync();
        await SignIn.AsAsync(page, member, "en");
        await page.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(page.GetByTestId("post-button")).ToBeEnabledAsync();
        await page.GetByLabel("Your post (Markdown)").FillAsync("A preview with **bold** words and a [link](https://example.org).");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Preview" })).ToContainTextAsync("bold");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }
}

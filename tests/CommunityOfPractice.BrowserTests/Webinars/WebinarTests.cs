using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features.Membership;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.Webinars;

[Collection(BrowserCollection.Name)]
public sealed class WebinarTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    [Fact]
    public async Task A_member_registers_sees_the_meeting_link_and_downloads_the_invitation()
    {
        var webinarId = await WebinarSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddDays(3));
        var member = await App.CreatePersonAsync("Webinar Goer", Roles.Member);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, member);

        await page.GotoAsync($"/webinars/{webinarId}");
        await Assertions.Expect(page.GetByTestId("meeting-link")).ToHaveCountAsync(0);
        // The viewer's zone (Nairobi for test members) with its offset, and the UTC time beside it.
        await Assertions.Expect(page.GetByTestId("when")).ToContainTextAsync("UTC+03:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("registration")).ToContainTextAsync("You are registered.");
        await Assertions.Expect(page.GetByTestId("meeting-link")).ToHaveAttributeAsync("href", WebinarSetup.MeetingUrl);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("invitation").ClickAsync());
        var path = await download.PathAsync();
        var calendar = Ical.Net.Calendar.Load(await File.ReadAllTextAsync(path!))!;
        Assert.Equal($"webinar-{webinarId}@community-of-practice", Assert.Single(calendar.Events).Uid);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_recording_added_by_a_moderator_appears_in_the_open_debate_room()
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(3));
        var member = await App.CreatePersonAsync("Room Watcher", Roles.Member);
        var webinarId = await WebinarSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddHours(-4), debateId: debateId, registeredUserIds: member.Id);
        var room = await fixture.NewPageAsync();
        await SignIn.AsAsync(room, member);
        await room.GotoAsync($"/debates/{debateId}");
        await Assertions.Expect(room.GetByTestId("post-button")).ToBeEnabledAsync();
        await Assertions.Expect(room.GetByTestId("webinar-follow-up")).ToHaveCountAsync(0);

        var moderator = await fixture.NewPageAsync();
        await SignIn.AsAsync(moderator, await App.AdministratorAsync());
        await moderator.GotoAsync($"/webinars/{webinarId}/registrants");
        await moderator.GetByLabel("Recording link").FillAsync("https://video.example.org/context-webinar");
        await moderator.GetByLabel("Short summary (Markdown)").FillAsync("Participants asked for **plain-language** materials.");
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Publish the follow-up" }).ClickAsync();
        await Assertions.Expect(moderator.GetByRole(AriaRole.Status)).ToContainTextAsync("The follow-up is published.");

        var card = room.GetByTestId("webinar-follow-up");
        await Assertions.Expect(card).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(card.GetByTestId("recording")).ToHaveAttributeAsync("href", "https://video.example.org/context-webinar");
        await Assertions.Expect(card.Locator("strong", new() { HasText = "plain-language" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(room);
        await room.Context.CloseAsync();
        await moderator.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task Every_webinar_page_has_no_accessibility_violations(string language)
    {
        var debateId = await DebateSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow.AddDays(6));
        var member = await App.CreatePersonAsync($"Accessible {language}", Roles.Member);
        var upcoming = await WebinarSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddDays(1), capacity: 10, debateId: debateId, registeredUserIds: member.Id);
        var past = await WebinarSetup.CreateAsync(App, DateTimeOffset.UtcNow.AddDays(-1), registeredUserIds: member.Id);
        var page = await fixture.NewPageAsync(language);
        await SignIn.AsAsync(page, await App.AdministratorAsync(), language);

        foreach (var path in new[] { $"/webinars/{upcoming}", $"/webinars/{upcoming}/edit", $"/webinars/{upcoming}/registrants", $"/webinars/{past}", $"/webinars/{past}/registrants", $"/debates/{debateId}" })
        {
            var response = await page.GotoAsync(path);
            Assert.True(response is { Ok: true }, $"{path} answered {response?.Status}");
            Assert.Equal(language, await page.GetAttributeAsync("html", "lang"));
            await Accessibility.AssertNoViolationsAsync(page);
        }
        await page.Context.CloseAsync();
    }
}

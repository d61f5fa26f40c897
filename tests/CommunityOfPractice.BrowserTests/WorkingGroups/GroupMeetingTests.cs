using System.Globalization;
using System.Text.RegularExpressions;
using CommunityOfPractice.BrowserTests.Hosting;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CommunityOfPractice.BrowserTests.WorkingGroups;

/// <summary>
/// A working group's meeting in a real browser: the chair schedules it from the group's space with the webinar form, an
/// appointed member finds it in the space and registers, and a member outside the group finds no such page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GroupMeetingTests(BrowserFixture fixture)
{
    private CommunityAppFactory App => fixture.App;

    private async Task<IPage> SignedInAsync(TestPerson person)
    {
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, person);
        return page;
    }

    [Fact]
    public async Task The_chair_schedules_a_meeting_from_the_space_a_member_registers_and_an_outsider_finds_nothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var coordinator = await App.CreatePersonAsync("Meetings Coordinator " + suffix, Roles.Member, Roles.Coordinator);
        var chair = await App.CreatePersonAsync("Meetings Chair " + suffix, Roles.Member);
        var member = await App.CreatePersonAsync("Meetings Member " + suffix, Roles.Member);
        var outsider = await App.CreatePersonAsync("Meetings Outsider " + suffix, Roles.Member);
        int groupId;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var (group, errors) = await scope.ServiceProvider.GetRequiredService<CreateWorkingGroup>().HandleAsync(new Actor(coordinator.Id, coordinator.DisplayName), new WorkingGroupCommand
            {
                Name = "Meetings group " + suffix, Mandate = "Meet monthly.", StartsOn = today, EndsOn = today.AddDays(200),
                ChairId = chair.Id, MinSize = 1, MaxSize = 9, MinRegions = 1,
            });
            Assert.True(group is not null, string.Join(" ", errors.Select(e => e.Message)));
            groupId = group.Id;
            var appointed = await scope.ServiceProvider.GetRequiredService<AppointMember>().HandleAsync(new Actor(chair.Id, chair.DisplayName), groupId, member.Id);
            Assert.True(appointed.Succeeded, string.Join(" ", appointed.Errors.Select(e => e.Message)));
        }
        var title = "Council statement meeting " + suffix;
        var starts = DateTime.UtcNow.Date.AddDays(5).AddHours(14);

        var chairing = await SignedInAsync(chair);
        await chairing.GotoAsync($"/groups/{groupId}");
        var main = chairing.Locator("main");
        await main.GetByRole(AriaRole.Link, new() { Name = "New meeting in this group" }).ClickAsync();
        await Assertions.Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New meeting in this group");
        await main.GetByLabel("Title").FillAsync(title);
        await main.GetByLabel("Description (Markdown)").FillAsync("Agenda: the **council statement**.");
        await main.GetByLabel("Starts").FillAsync(starts.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await main.GetByLabel("Ends").FillAsync(starts.AddHours(1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        await main.GetByLabel("Meeting link (shown to registered members only)").FillAsync("https://meet.example.org/group-" + suffix);
        await main.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();
        await chairing.WaitForURLAsync(new Regex(@"/webinars/\d+$"));
        var meetingPath = new Uri(chairing.Url).AbsolutePath;
        await Assertions.Expect(chairing.Locator("main h1")).ToHaveTextAsync(title);
        await chairing.Context.CloseAsync();

        var reading = await SignedInAsync(member);
        await reading.GotoAsync($"/groups/{groupId}");
        var listed = reading.GetByTestId("group-meetings-upcoming").GetByTestId("group-meeting");
        await Assertions.Expect(listed).ToContainTextAsync(title);
        await listed.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(reading.Locator("main h1")).ToHaveTextAsync(title);
        await reading.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Assertions.Expect(reading.GetByTestId("registration")).ToContainTextAsync("You are registered.");
        await Assertions.Expect(reading.GetByTestId("meeting-link")).ToHaveAttributeAsync("href", "https://meet.example.org/group-" + suffix);
        await Accessibility.AssertNoViolationsAsync(reading);
        await reading.Context.CloseAsync();

        // Someone outside the group: the meeting is not there, and the community's webinar list does not show it.
        var outside = await SignedInAsync(outsider);
        await outside.GotoAsync(meetingPath);
        await Assertions.Expect(outside.Locator("main h1")).ToHaveTextAsync("Page not found");
        await Assertions.Expect(outside.Locator("main")).Not.ToContainTextAsync(title);
        await outside.GotoAsync("/webinars");
        await Assertions.Expect(outside.Locator("main")).Not.ToContainTextAsync(title);
        await outside.Context.CloseAsync();
    }
}

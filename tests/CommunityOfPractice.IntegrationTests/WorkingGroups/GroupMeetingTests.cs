using System.Globalization;
using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Standards;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.WorkingGroups;

/// <summary>
/// A working group's meetings: the chair schedules one from the space through the webinar form, a member registers, a
/// non-member is refused and saves nothing, an outsider finds no such webinar, and no community-wide view shows it.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GroupMeetingTests(CommunityAppFactory app)
{
    private async Task<T> UseAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<T> WithDbAsync<T>(Func<CommunityDbContext, Task<T>> query) => UseAsync(s => query(s.GetRequiredService<CommunityDbContext>()));

    private static Actor ActorOf(TestPerson person) => new(person.Id, person.DisplayName);

    private async Task<Browser> SignedInAsync(TestPerson person)
    {
        var browser = new Browser(app);
        await browser.SignInAsync(person);
        return browser;
    }

    private static string Local(DateTime instant) => instant.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private async Task<(int GroupId, TestPerson Coordinator, TestPerson Chair, TestPerson Member, TestPerson Outsider)> GroupAsync(string prefix)
    {
        var coordinator = await GroupSetup.PersonFromAsync(app, prefix + " Coordinator", "CH", Roles.Coordinator);
        var chair = await GroupSetup.PersonFromAsync(app, prefix + " Chair", "MX");
        var member = await GroupSetup.PersonFromAsync(app, prefix + " Member", "KE");
        var outsider = await GroupSetup.PersonFromAsync(app, prefix + " Outsider", "IN");
        return (await GroupSetup.GroupCreatedByAsync(app, coordinator, prefix, chair, member), coordinator, chair, member, outsider);
    }

    private static Dictionary<string, string> MeetingForm(string title, DateTime starts) => new()
    {
        ["Input.Title"] = title, ["Input.Description"] = "Agenda: the **council statement**.", ["Input.Speakers"] = "",
        ["Input.StartsLocal"] = Local(starts), ["Input.EndsLocal"] = Local(starts.AddHours(1)), ["Input.DeadlineLocal"] = "",
        ["Input.TimeZoneId"] = "UTC", ["Input.Languages"] = "", ["Input.AccessibilityNotes"] = "", ["Input.Capacity"] = "",
        ["Input.MeetingUrl"] = "https://meet.example.org/group",
    };

    [Fact]
    public async Task The_chair_schedules_a_meeting_a_member_registers_a_non_member_is_refused_and_an_outsider_finds_no_such_webinar()
    {
        _ = app.Server;
        var (groupId, coordinator, chair, member, outsider) = await GroupAsync("Meeting");
        var title = "Group meeting " + Guid.NewGuid().ToString("N")[..6];

        // Bad input on the group's form: refused with its message, nothing saved, the typed title kept.
        using var chairing = await SignedInAsync(chair);
        var bad = MeetingForm(title, DateTime.UtcNow.AddDays(-2));
        var refused = await chairing.SubmitAsync($"/groups/{groupId}/meetings/new", "new-group-meeting", bad);
        Assert.Contains("A new webinar must start in the future.", refused.Text);
        Assert.Contains($"value=\"{title}\"", refused.Html);
        Assert.False(await WithDbAsync(db => db.Webinars.AnyAsync(w => w.Title == title)), "A refused meeting should not be saved.");

        var created = await chairing.SubmitAsync($"/groups/{groupId}/meetings/new", "new-group-meeting", MeetingForm(title, DateTime.UtcNow.AddDays(5)));
        Assert.True(created.IsRedirect, $"Scheduling the meeting should redirect to its page:\n{created.Html}");
        var meetingId = int.Parse(created.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        Assert.Equal(groupId, await WithDbAsync(db => db.Webinars.Where(w => w.Id == meetingId).Select(w => w.WorkingGroupId).SingleAsync()));
        var space = await chairing.GetAsync($"/groups/{groupId}");
        Assert.Contains($"href=\"webinars/{meetingId}\"", space.Html);
        Assert.Contains(title, space.Text);

        // A member registers from the meeting's page, which names the group.
        using var membering = await SignedInAsync(member);
        var page = await membering.GetAsync($"/webinars/{meetingId}");
        Assert.Contains(title, page.Text);
        Assert.Contains($"href=\"groups/{groupId}\"", page.Html);
        await membering.SubmitAsync(page, $"/webinars/{meetingId}", "register", new Dictionary<string, string>());
        Assert.True(await WithDbAsync(db => db.WebinarRegistrations.AnyAsync(r => r.WebinarId == meetingId && r.UserId == member.Id && r.Status == RegistrationStatus.Registered)),
            "The group's member should be registered.");
        Assert.Contains("You are registered.", (await membering.GetAsync($"/webinars/{meetingId}")).Text);

        // An outsider gets the same answer as for no webinar, and a register form posted by hand saves nothing.
        using var outside = await SignedInAsync(outsider);
        var hidden = await outside.GetAsync($"/webinars/{meetingId}");
        var missing = await outside.GetAsync("/webinars/987654321");
        Assert.Equal(missing.Status, hidden.Status);
        Assert.Contains("Webinar not found", hidden.Text);
        Assert.DoesNotContain(title, hidden.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await outside.GetAsync($"/groups/{groupId}/meetings/new")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await membering.GetAsync($"/groups/{groupId}/meetings/new")).Status);
        // What a register form posted by hand reaches: the use case, which answers as for no webinar.
        var outsiderTry = await UseAsync(s => s.GetRequiredService<RegisterForWebinar>().HandleAsync(outsider.Id, meetingId));
        Assert.Equal("This webinar does not exist.", Assert.Single(outsiderTry.Errors).Message);

        // A coordinator reads the meeting but is not a member: registering is refused with its message.
        using var coordinating = await SignedInAsync(coordinator);
        var read = await coordinating.GetAsync($"/webinars/{meetingId}");
        Assert.Contains(title, read.Text);
        Assert.Contains("Only the group's members can register for its meetings.", read.Text);
        var coordinatorTry = await UseAsync(s => s.GetRequiredService<RegisterForWebinar>().HandleAsync(coordinator.Id, meetingId));
        Assert.Equal("Only the group's members can register for its meetings.", Assert.Single(coordinatorTry.Errors).Message);
        Assert.Equal([member.Id], await WithDbAsync(db => db.WebinarRegistrations.Where(r => r.WebinarId == meetingId).Select(r => r.UserId).ToListAsync()));
    }

    [Fact]
    public async Task A_group_meeting_appears_in_no_community_wide_view()
    {
        _ = app.Server;
        var (groupId, coordinator, chair, member, _) = await GroupAsync("Hidden");
        var title = "Hidden meeting " + Guid.NewGuid().ToString("N")[..6];
        var (meeting, errors) = await UseAsync(s => s.GetRequiredService<CreateGroupMeeting>().HandleAsync(ActorOf(chair), groupId, new WebinarCommand
        {
            Title = title, StartsLocal = DateTime.UtcNow.AddHours(30), EndsLocal = DateTime.UtcNow.AddHours(31), MeetingUrl = "https://meet.example.org/hidden",
        }));
        Assert.Empty(errors);
        Assert.True((await UseAsync(s => s.GetRequiredService<RegisterForWebinar>().HandleAsync(member.Id, meeting!.Id))).Succeeded, "The member should register.");

        using var membering = await SignedInAsync(member);
        foreach (var path in new[] { "/webinars", "/events", "/" })
        {
            Assert.DoesNotContain(title, (await membering.GetAsync(path)).Text);
        }
        var token = await UseAsync(s => s.GetRequiredService<CalendarFeed>().TokenOfAsync(member.Id));
        Assert.DoesNotContain(title, (await membering.GetAsync($"/calendar/{token}.ics")).Text);
        using var anonymous = new Browser(app);
        Assert.DoesNotContain(title, (await anonymous.GetAsync("/")).Text);
        var user = await WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == member.Id));
        var digest = await UseAsync(s => s.GetRequiredService<WebinarDigest>().GatherAsync(user, new DigestPeriod(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow, MailFrequency.Weekly)));
        Assert.DoesNotContain(digest, w => w.Id == meeting!.Id);
        var (webinars, _) = await UseAsync(s => s.GetRequiredService<StandardDesk>().ContextChoicesAsync());
        Assert.DoesNotContain(webinars, w => w.Id == meeting!.Id);
        var next = await UseAsync(s => s.GetRequiredService<WebinarQuery>().NextForMemberAsync(member.Id));
        Assert.NotEqual(meeting!.Id, next?.Webinar.Id);

        // The space lists it for its members and the coordinator.
        Assert.Contains(title, (await membering.GetAsync($"/groups/{groupId}")).Text);
        using var coordinating = await SignedInAsync(coordinator);
        Assert.Contains(title, (await coordinating.GetAsync($"/groups/{groupId}")).Text);
    }
}

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
/// non-member is refused and saves nothing, an outsider finds no such webinar, and no community-wide view shows it; the
/// chair, and no other member, changes or cancels it (a registrant's calendar feed is in CalendarTests).
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
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal(missing.Status, hidden.Status);
        Assert.Contains("Page not found", missing.Text);
        Assert.Contains("Page not found", hidden.Text);
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
    private Task<Webinar> StoredAsync(int id) => WithDbAsync(db => db.Webinars.AsNoTracking().SingleAsync(w => w.Id == id));

    private Task<int> MeetingAsync(TestPerson chair, int groupId, string title) => UseAsync(async s =>
    {
        var starts = DateTime.UtcNow.Date.AddDays(6).AddHours(12);
        var (meeting, errors) = await s.GetRequiredService<CreateGroupMeeting>().HandleAsync(ActorOf(chair), groupId, new WebinarCommand
        {
            Title = title, StartsLocal = starts, EndsLocal = starts.AddHours(1), MeetingUrl = "https://meet.example.org/change",
        });
        Assert.Empty(errors);
        return meeting!.Id;
    });

    /// <summary>A form someone may use, its address changed by hand to another webinar's.</summary>
    private static Page AimedAt(Page form, int fromId, int toId) => form with { Html = form.Html.Replace($"webinars/{fromId}/edit", $"webinars/{toId}/edit", StringComparison.Ordinal) };

    private static string EditLink(int webinarId) => $"href=\"webinars/{webinarId}/edit\"";

    [Fact]
    public async Task The_chair_changes_and_cancels_the_group_s_meeting_its_registrant_is_mailed_and_no_other_member_may_by_page_or_form()
    {
        _ = app.Server;
        var (groupId, coordinator, chair, member, _) = await GroupAsync("Change");
        // The chair of another group, appointed to this one too: they see its meeting but do not chair its group.
        var otherChair = await GroupSetup.PersonFromAsync(app, "Change Other Chair", "BR");
        var otherGroupId = await GroupSetup.GroupAsync(app, "Change Other", otherChair);
        Assert.True((await UseAsync(s => s.GetRequiredService<AppointMember>().HandleAsync(ActorOf(chair), groupId, otherChair.Id))).Succeeded, "The chair should appoint the other chair.");
        var title = "Changing meeting " + Guid.NewGuid().ToString("N")[..6];
        var meetingId = await MeetingAsync(chair, groupId, title);
        var otherMeetingId = await MeetingAsync(otherChair, otherGroupId, "Other group's meeting");
        var communityId = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(6));
        Assert.True((await UseAsync(s => s.GetRequiredService<RegisterForWebinar>().HandleAsync(member.Id, meetingId))).Succeeded, "The member should register.");

        // "Change or cancel" is offered to the chair and the coordinators (who schedule meetings too) on the meeting's page and
        // in the space, and to nobody else there.
        using var chairing = await SignedInAsync(chair);
        Assert.Contains(EditLink(meetingId), (await chairing.GetAsync($"/webinars/{meetingId}")).Html);
        Assert.Contains(EditLink(meetingId), (await chairing.GetAsync($"/groups/{groupId}")).Html);
        Assert.DoesNotContain(EditLink(communityId), (await chairing.GetAsync($"/webinars/{communityId}")).Html);
        using var membering = await SignedInAsync(member);
        using var otherChairing = await SignedInAsync(otherChair);
        using var coordinating = await SignedInAsync(coordinator);
        Assert.Contains(EditLink(meetingId), (await coordinating.GetAsync($"/webinars/{meetingId}")).Html);
        Assert.Contains(EditLink(meetingId), (await coordinating.GetAsync($"/groups/{groupId}")).Html);
        Assert.Equal(HttpStatusCode.OK, (await coordinating.GetAsync($"/webinars/{meetingId}/edit")).Status);
        foreach (var browser in new[] { membering, otherChairing })
        {
            Assert.DoesNotContain(EditLink(meetingId), (await browser.GetAsync($"/webinars/{meetingId}")).Html);
            Assert.DoesNotContain(EditLink(meetingId), (await browser.GetAsync($"/groups/{groupId}")).Html);
        }

        // The form is not there for those who may not use it: a member, another group's chair, and the chair for a community
        // webinar or another group's meeting.
        foreach (var (browser, id) in new[] { (membering, meetingId), (otherChairing, meetingId), (chairing, communityId), (chairing, otherMeetingId) })
        {
            var form = await browser.GetAsync($"/webinars/{id}/edit");
            Assert.True(form.Status == HttpStatusCode.NotFound, $"/webinars/{id}/edit answered {(int)form.Status} to someone who may not change it.");
            Assert.DoesNotContain("edit-webinar", form.Html);
        }

        // Forms posted by hand, with the other chair's own form (their group's meeting) sent to this meeting's address, and
        // the chair's sent to the community webinar's: refused, nothing changed.
        var otherForm = await otherChairing.GetAsync($"/webinars/{otherMeetingId}/edit");
        Assert.Equal(HttpStatusCode.OK, otherForm.Status);
        var before = await StoredAsync(meetingId);
        var aimed = AimedAt(otherForm, otherMeetingId, meetingId);
        var forged = await otherChairing.SubmitAsync(aimed, $"/webinars/{meetingId}/edit", "edit-webinar", MeetingForm("Taken over", DateTime.UtcNow.AddDays(9)));
        Assert.False(forged.IsRedirect, $"A change posted by another group's chair should be refused, not answered {(int)forged.Status} {forged.Location}.");
        var forgedCancel = await otherChairing.SubmitAsync(aimed, $"/webinars/{meetingId}/edit", "cancel-webinar", new Dictionary<string, string> { ["Reason"] = "Taken over." });
        Assert.False(forgedCancel.IsRedirect, "A cancellation posted by another group's chair should be refused.");
        var chairForm = await chairing.GetAsync($"/webinars/{meetingId}/edit");
        var communityBefore = await StoredAsync(communityId);
        var onCommunity = await chairing.SubmitAsync(AimedAt(chairForm, meetingId, communityId), $"/webinars/{communityId}/edit", "cancel-webinar", new Dictionary<string, string> { ["Reason"] = "Not mine to cancel." });
        Assert.False(onCommunity.IsRedirect, "A chair's cancellation of a community webinar should be refused.");
        // What such a form reaches: the use case, which checks again.
        var edit = new WebinarCommand { Title = "Taken over", StartsLocal = DateTime.UtcNow.AddDays(9), EndsLocal = DateTime.UtcNow.AddDays(9).AddHours(1), MeetingUrl = "https://meet.example.org/x" };
        foreach (var (person, id, refusal) in new[]
        {
            (otherChair, meetingId, "Only moderators, coordinators and the group's chair can change its meetings."),
            (member, meetingId, "Only moderators, coordinators and the group's chair can change its meetings."),
            (chair, communityId, "Only moderators can do this."),
            (chair, otherMeetingId, "This webinar does not exist."),
        })
        {
            Assert.Equal(refusal, Assert.Single((await UseAsync(s => s.GetRequiredService<ChangeWebinar>().EditAsync(ActorOf(person), id, edit))).Errors).Message);
            Assert.Equal(refusal, Assert.Single((await UseAsync(s => s.GetRequiredService<ChangeWebinar>().CancelAsync(ActorOf(person), id, "Taken over."))).Errors).Message);
        }
        var after = await StoredAsync(meetingId);
        Assert.Equal((before.Title, before.StartsAt, before.Sequence, before.CancelledAt), (after.Title, after.StartsAt, after.Sequence, after.CancelledAt));
        var communityAfter = await StoredAsync(communityId);
        Assert.Equal((communityBefore.Title, communityBefore.CancelledAt), (communityAfter.Title, communityAfter.CancelledAt));
        Assert.Null((await StoredAsync(otherMeetingId)).CancelledAt);
        Assert.DoesNotContain(app.Mailbox.For(member.Email), m => (m.Subject ?? "").StartsWith("New time", StringComparison.Ordinal) || (m.Subject ?? "").StartsWith("Cancelled", StringComparison.Ordinal));

        // The chair moves the meeting: its registrant gets the updated invitation.
        Assert.Equal(HttpStatusCode.OK, chairForm.Status);
        Assert.Contains(title, chairForm.Text);
        var moved = before.StartsAt.UtcDateTime.AddHours(2);
        var saved = await chairing.SubmitAsync(chairForm, $"/webinars/{meetingId}/edit", "edit-webinar", MeetingForm(title, moved));
        Assert.True(saved.IsRedirect, $"The chair's change should be saved:\n{saved.Text}");
        var changed = await StoredAsync(meetingId);
        Assert.Equal(before.StartsAt.AddHours(2), changed.StartsAt);
        Assert.Equal(before.Sequence + 1, changed.Sequence);
        Assert.Equal(groupId, changed.WorkingGroupId);
        Assert.Contains(title, (await app.Mailbox.WaitForAsync(member.Email, "New time")).TextBody);

        // And cancels it: the registrant is told, with the chair's reason, and the change link is gone.
        var cancelled = await chairing.SubmitAsync($"/webinars/{meetingId}/edit", "cancel-webinar", new Dictionary<string, string> { ["Reason"] = "We meet after the council instead." });
        Assert.True(cancelled.IsRedirect, $"The chair's cancellation should be saved:\n{cancelled.Text}");
        Assert.NotNull((await StoredAsync(meetingId)).CancelledAt);
        var mail = await app.Mailbox.WaitForAsync(member.Email, "Cancelled");
        Assert.Contains("The reason given: We meet after the council instead.", mail.TextBody);
        Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>(), a => a.FileName == "cancellation.ics");
        var page = await chairing.GetAsync($"/webinars/{meetingId}");
        Assert.Contains("The reason given: We meet after the council instead.", page.Text);
        Assert.DoesNotContain(EditLink(meetingId), page.Html);
        Assert.Equal(2, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.ActorId == chair.Id && (a.Action == "webinar.changed" || a.Action == "webinar.cancelled"))));
    }

    [Fact]
    public async Task Once_the_group_s_term_is_over_its_chair_no_longer_changes_its_meetings_and_a_moderator_without_a_second_factor_is_sent_to_set_one_up()
    {
        _ = app.Server;
        var (groupId, _, chair, _, _) = await GroupAsync("Ended");
        var meetingId = await MeetingAsync(chair, groupId, "Meeting of an ending group");
        using var chairing = await SignedInAsync(chair);
        Assert.Equal(HttpStatusCode.OK, (await chairing.GetAsync($"/webinars/{meetingId}/edit")).Status);

        await WithDbAsync(db => db.Set<WorkingGroup>().Where(g => g.Id == groupId)
            .ExecuteUpdateAsync(s => s.SetProperty(g => g.EndsOn, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1))));
        Assert.Equal(HttpStatusCode.NotFound, (await chairing.GetAsync($"/webinars/{meetingId}/edit")).Status);
        Assert.DoesNotContain(EditLink(meetingId), (await chairing.GetAsync($"/webinars/{meetingId}")).Html);
        var refused = await UseAsync(s => s.GetRequiredService<ChangeWebinar>().CancelAsync(ActorOf(chair), meetingId, "Too late."));
        Assert.Equal("Only moderators, coordinators and the group's chair can change its meetings.", Assert.Single(refused.Errors).Message);
        Assert.Null((await StoredAsync(meetingId)).CancelledAt);

        // A moderator signed in without their second factor is sent to set it up, as the staff policy did before.
        var communityId = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(6));
        using var unprotected = await SignedInAsync(await app.CreateStaffWithoutTwoFactorAsync("Ended Moderator", Roles.Moderator));
        var sent = await unprotected.GetAsync($"/webinars/{communityId}/edit");
        Assert.True(sent.IsRedirect && sent.Location!.Contains("/Account/Manage/TwoFactorAuthentication", StringComparison.OrdinalIgnoreCase),
            $"A moderator without a second factor should be sent to set one up, not answered {(int)sent.Status} {sent.Location}.");
    }
}

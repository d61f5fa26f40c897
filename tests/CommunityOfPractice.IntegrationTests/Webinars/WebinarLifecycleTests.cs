using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CommunityOfPractice.IntegrationTests.Webinars;

/// <summary>A webinar after it is scheduled: changes of time, cancellation, the follow-up, the registrant list.</summary>
[Collection(AppCollection.Name)]
public sealed class WebinarLifecycleTests(CommunityAppFactory app)
{
    private async Task<(TestPerson Moderator, int Id)> ScheduledAsync(int? capacity = null, int? debateId = null)
    {
        var moderator = await app.CreatePersonAsync("Lifecycle Host", Roles.Member, Roles.Moderator);
        var starts = DateTime.UtcNow.AddDays(5).Date.AddHours(12);
        await using var scope = app.Services.CreateAsyncScope();
        var (webinar, errors) = await scope.ServiceProvider.GetRequiredService<CreateWebinar>().HandleAsync(new Actor(moderator.Id, moderator.DisplayName), new WebinarCommand
        {
            Title = "Lived experience in policy",
            Speakers = "Ana | Nurse",
            StartsLocal = starts,
            EndsLocal = starts.AddHours(1),
            TimeZoneId = "UTC",
            Capacity = capacity,
            MeetingUrl = WebinarSetup.MeetingUrl,
            DebateId = debateId,
        });
        Assert.Empty(errors);
        return (moderator, webinar!.Id);
    }

    private async Task<RegistrationStatus?> RegisterAsync(string userId, int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(userId, id)).Value;
    }

    private async Task<Webinar> StoredAsync(int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Webinars.AsNoTracking().SingleAsync(w => w.Id == id);
    }

    private static async Task<Ical.Net.Calendar> CalendarAttachedToAsync(MimeMessage mail, string fileName)
    {
        var attachment = Assert.Single(mail.Attachments.OfType<MimePart>(), a => a.FileName == fileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        return Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(content.ToArray()))!;
    }

    private static Dictionary<string, string> FormOf(WebinarCommand command) => new()
    {
        ["Input.Title"] = command.Title,
        ["Input.Description"] = command.Description ?? "",
        ["Input.Speakers"] = command.Speakers ?? "",
        ["Input.StartsLocal"] = command.StartsLocal!.Value.ToString("yyyy-MM-ddTHH:mm"),
        ["Input.EndsLocal"] = command.EndsLocal!.Value.ToString("yyyy-MM-ddTHH:mm"),
        ["Input.DeadlineLocal"] = command.DeadlineLocal?.ToString("yyyy-MM-ddTHH:mm") ?? "",
        ["Input.TimeZoneId"] = command.TimeZoneId,
        ["Input.Languages"] = command.Languages ?? "",
        ["Input.AccessibilityNotes"] = command.AccessibilityNotes ?? "",
        ["Input.Capacity"] = command.Capacity?.ToString() ?? "",
        ["Input.MeetingUrl"] = command.MeetingUrl,
        ["Input.DebateId"] = command.DebateId?.ToString() ?? "",
    };

    [Fact]
    public async Task A_new_time_sends_an_updated_invitation_with_the_same_uid_and_a_higher_sequence()
    {
        var (moderator, id) = await ScheduledAsync(capacity: 1);
        var seated = await app.CreatePersonAsync("Seated Member", Roles.Member);
        var waiting = await app.CreatePersonAsync("Waiting Member", Roles.Member);
        Assert.Equal(RegistrationStatus.Registered, await RegisterAsync(seated.Id, id));
        Assert.Equal(RegistrationStatus.Waitlisted, await RegisterAsync(waiting.Id, id));
        var original = await StoredAsync(id);

        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);
        var form = await browser.GetAsync($"/webinars/{id}/edit");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("Lived experience in policy", form.Text);
        var command = CreateWebinar.ToCommand(original, "Europe/Paris");
        command.StartsLocal = command.StartsLocal!.Value.AddHours(2);
        command.EndsLocal = command.EndsLocal!.Value.AddHours(2);
        command.DeadlineLocal = command.StartsLocal;
        var saved = await browser.SubmitAsync(form, $"/webinars/{id}/edit", "edit-webinar", FormOf(command));
        Assert.True(saved.IsRedirect, saved.Text);

        var moved = await StoredAsync(id);
        Assert.Equal(original.StartsAt.AddHours(2), moved.StartsAt);
        Assert.Equal(1, moved.Sequence);
        foreach (var person in new[] { seated, waiting })
        {
            var calendar = await CalendarAttachedToAsync(await app.Mailbox.WaitForAsync(person.Email, "New time"), "invitation.ics");
            var invitation = Assert.Single(calendar.Events);
            Assert.Equal($"webinar-{id}@community-of-practice", invitation.Uid);
            Assert.Equal(1, invitation.Sequence);
            Assert.Equal(moved.StartsAt.UtcDateTime, invitation.DtStart!.AsUtc);
        }

        // A change that keeps the time sends nothing new.
        command.Title = "Lived experience in policy (agenda)";
        var retitled = await browser.SubmitAsync($"/webinars/{id}/edit", "edit-webinar", FormOf(command));
        Assert.True(retitled.IsRedirect, $"Saving the new title should redirect, not answer {retitled.Status}:\n{retitled.Text}");
        Assert.Equal(1, (await StoredAsync(id)).Sequence);
        await app.WaitForOutboxAsync();
        Assert.Single(app.Mailbox.For(seated.Email), m => (m.Subject ?? "").StartsWith("New time"));
    }

    [Fact]
    public async Task Capacity_below_the_registrations_is_refused_and_a_raised_capacity_seats_the_first_in_line()
    {
        var (moderator, id) = await ScheduledAsync(capacity: 2);
        var people = new List<TestPerson>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await app.CreatePersonAsync($"Capacity Member {i}", Roles.Member));
            await RegisterAsync(people[^1].Id, id);
        }
        var command = CreateWebinar.ToCommand(await StoredAsync(id), "UTC");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            command.Capacity = 1;
            var result = await scope.ServiceProvider.GetRequiredService<ChangeWebinar>().EditAsync(new Actor(moderator.Id, ""), id, command);
            var error = Assert.Single(result.Errors);
            Assert.Equal("The capacity cannot be below the {0} members already registered.", error.Message);
            Assert.Equal(2, error.Arguments[0]);
        }
        Assert.Equal(2, (await StoredAsync(id)).Capacity);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            command.Capacity = 3;
            Assert.Empty((await scope.ServiceProvider.GetRequiredService<ChangeWebinar>().EditAsync(new Actor(moderator.Id, ""), id, command)).Errors);
        }
        await app.Mailbox.WaitForAsync(people[2].Email, "A seat is yours");
        await using var check = app.Services.CreateAsyncScope();
        Assert.Equal(3, await check.ServiceProvider.GetRequiredService<CommunityDbContext>().WebinarRegistrations.CountAsync(r => r.WebinarId == id && r.Status == RegistrationStatus.Registered));
    }

    [Fact]
    public async Task A_cancelled_webinar_mails_a_cancellation_and_takes_no_more_registrations()
    {
        var (moderator, id) = await ScheduledAsync();
        var member = await app.CreatePersonAsync("Cancelled Member", Roles.Member);
        await RegisterAsync(member.Id, id);
        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);

        var refused = await browser.SubmitAsync($"/webinars/{id}/edit", "cancel-webinar", new Dictionary<string, string> { ["Reason"] = "  " });
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Say why the webinar is cancelled", refused.Text);
        Assert.Null((await StoredAsync(id)).CancelledAt);

        var cancelled = await browser.SubmitAsync($"/webinars/{id}/edit", "cancel-webinar", new Dictionary<string, string> { ["Reason"] = "The speaker is ill; a new date will follow." });
        Assert.True(cancelled.IsRedirect, cancelled.Text);
        var stored = await StoredAsync(id);
        Assert.NotNull(stored.CancelledAt);
        Assert.Equal(1, stored.Sequence);

        var mail = await app.Mailbox.WaitForAsync(member.Email, "Cancelled");
        Assert.Contains("The speaker is ill", mail.TextBody);
        var calendar = await CalendarAttachedToAsync(mail, "cancellation.ics");
        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", Assert.Single(calendar.Events).Status);
        Assert.Equal($"webinar-{id}@community-of-practice", calendar.Events.Single().Uid);

        var latecomer = await app.CreatePersonAsync("Too Late", Roles.Member);
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(latecomer.Id, id);
        Assert.Equal("This webinar has been cancelled.", Assert.Single(result.Errors).Message);
        var page = await browser.GetAsync($"/webinars/{id}");
        Assert.Contains("The speaker is ill", page.Text);
    }

    [Fact]
    public async Task The_follow_up_shows_on_the_webinar_page_and_at_the_top_of_the_debate_room()
    {
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(4));
        var attendee = await app.CreatePersonAsync("Attendee", Roles.Member);
        var absentee = await app.CreatePersonAsync("Absentee", Roles.Member);
        var future = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(1), debateId: debateId);
        var id = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-3), debateId: debateId, registeredUserIds: [attendee.Id, absentee.Id]);
        var moderator = await app.CreatePersonAsync("Follow-up Host", Roles.Member, Roles.Moderator);
        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);

        var early = await browser.SubmitAsync($"/webinars/{future}/registrants", "follow-up", new Dictionary<string, string> { ["Input.RecordingUrl"] = "https://video.example.org/early" });
        Assert.Contains("This can be done once the webinar has started.", early.Text);
        var bad = await browser.SubmitAsync($"/webinars/{id}/registrants", "follow-up", new Dictionary<string, string> { ["Input.RecordingUrl"] = "javascript:alert(1)", ["Input.Summary"] = "Kept text" });
        Assert.Contains("Links must be http or https addresses.", bad.Text);
        Assert.Contains("Kept text", bad.Text);
        Assert.Null((await StoredAsync(id)).RecordingUrl);

        var saved = await browser.SubmitAsync($"/webinars/{id}/registrants", "follow-up", new Dictionary<string, string>
        {
            ["Input.RecordingUrl"] = "https://video.example.org/webinar-1",
            ["Input.SlidesUrl"] = "https://files.example.org/slides.pdf",
            ["Input.Summary"] = "Speakers agreed that **co-design** starts at the agenda.",
        });
        Assert.True(saved.IsRedirect, saved.Text);
        var attendance = await browser.SubmitAsync($"/webinars/{id}/registrants", "attendance", new Dictionary<string, string> { ["Attended"] = attendee.Id });
        Assert.True(attendance.IsRedirect, attendance.Text);

        using var member = new Browser(app);
        await member.SignInAsync(attendee);
        var webinarPage = await member.GetAsync($"/webinars/{id}");
        Assert.Contains("https://video.example.org/webinar-1", webinarPage.Html);
        Assert.Contains("<strong>co-design</strong>", webinarPage.Html);
        var room = await member.GetAsync($"/debates/{debateId}");
        Assert.Contains("https://video.example.org/webinar-1", room.Html);
        Assert.Contains("https://files.example.org/slides.pdf", room.Html);
        Assert.Contains($"webinars/{future}", room.Html);

        await using var scope = app.Services.CreateAsyncScope();
        var marks = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().WebinarRegistrations
            .Where(r => r.WebinarId == id).ToDictionaryAsync(r => r.UserId, r => r.Attended);
        Assert.True(marks[attendee.Id], "The attendee should be marked as having attended.");
        Assert.False(marks[absentee.Id], "The absentee should not be marked as having attended.");
    }

    [Fact]
    public async Task Moderators_download_the_registrants_as_csv_that_spreadsheets_cannot_run()
    {
        var (moderator, id) = await ScheduledAsync();
        var hostile = await app.CreatePersonAsync("Hostile Member", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Free text a member typed into their profile, as a spreadsheet formula.
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await db.Users.Where(u => u.Id == hostile.Id).ExecuteUpdateAsync(s => s
                .SetProperty(u => u.DisplayName, "=HYPERLINK(\"http://evil.example\")").SetProperty(u => u.Organisation, "@SUM(A1:A9)"));
        }
        await RegisterAsync(hostile.Id, id);

        using var member = new Browser(app);
        await member.SignInAsync(hostile);
        var denied = await member.GetAsync($"/webinars/{id}/registrants.csv");
        Assert.NotEqual(HttpStatusCode.OK, denied.Status);

        using var browser = new Browser(app);
        await browser.SignInAsync(moderator);
        var list = await browser.GetAsync($"/webinars/{id}/registrants");
        Assert.Contains(hostile.Email, list.Text);
        var csv = await browser.GetAsync($"/webinars/{id}/registrants.csv");
        Assert.Equal(HttpStatusCode.OK, csv.Status);
        Assert.StartsWith("text/csv", csv.ContentType);
        var line = Assert.Single(csv.Text.Split("\r\n"), l => l.Contains(hostile.Email));
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", line);
        Assert.Contains(",\"'@SUM(A1:A9)\",", line);
    }

    [Fact]
    public async Task A_registered_member_downloads_the_invitation_again_and_others_cannot()
    {
        var (_, id) = await ScheduledAsync();
        var member = await app.CreatePersonAsync("Invitation Keeper", Roles.Member);
        var other = await app.CreatePersonAsync("Not Registered", Roles.Member);
        await RegisterAsync(member.Id, id);

        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var ics = await browser.GetAsync($"/webinars/{id}/invitation.ics");
        Assert.Equal(HttpStatusCode.OK, ics.Status);
        var downloaded = Ical.Net.Calendar.Load(ics.Html)!;
        Assert.Equal($"webinar-{id}@community-of-practice", downloaded.Events.Single().Uid);
        // A copy to add, not a scheduling message: no calendar should answer it to the organizer.
        Assert.Equal("PUBLISH", downloaded.Method);

        using var stranger = new Browser(app);
        await stranger.SignInAsync(other);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/webinars/{id}/invitation.ics")).Status);
    }
}

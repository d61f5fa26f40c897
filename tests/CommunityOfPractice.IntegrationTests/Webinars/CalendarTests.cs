using System.Net;
using System.Text.RegularExpressions;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.IntegrationTests.WorkingGroups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Webinars;

/// <summary>The events page and each member's private calendar feed.</summary>
[Collection(AppCollection.Name)]
public sealed partial class CalendarTests(CommunityAppFactory app)
{
    private static string FeedPath(Page events)
    {
        var url = FeedUrl().Match(events.Html);
        Assert.True(url.Success, "The events page shows no calendar address.");
        return new Uri(WebUtility.HtmlDecode(url.Groups["url"].Value)).PathAndQuery;
    }

    [Fact]
    public async Task The_feed_lists_registered_webinars_and_followed_debates_and_a_reset_retires_the_old_address()
    {
        var member = await app.CreatePersonAsync("Feed Reader", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(8));
        var unrelated = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(3), DateTimeOffset.UtcNow.AddDays(8));
        var webinarId = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(2), debateId: debateId);
        var notRegistered = await WebinarSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(2));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Registering for the context-setting webinar follows its debate.
            Assert.Equal(RegistrationStatus.Registered, (await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(member.Id, webinarId)).Value);
        }

        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        var feedPath = FeedPath(await browser.GetAsync("/events"));
        using var calendarApp = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await calendarApp.GetAsync(feedPath);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var feed = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var uids = feed.Events.Select(e => e.Uid).ToHashSet();
        Assert.Contains($"webinar-{webinarId}@community-of-practice", uids);
        Assert.Contains($"debate-{debateId}@community-of-practice", uids);
        Assert.DoesNotContain($"webinar-{notRegistered}@community-of-practice", uids);
        Assert.DoesNotContain($"debate-{unrelated}@community-of-practice", uids);

        var tampered = feedPath[..^5] + (feedPath[^5] == 'A' ? 'B' : 'A') + ".ics";
        var refused = await calendarApp.GetAsync(tampered);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.Contains("This calendar address is not valid any more", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/' OR 1=1 --.ics")).StatusCode);

        var reset = await browser.SubmitAsync("/events", "reset-feed", new Dictionary<string, string>());
        Assert.True(reset.IsRedirect, reset.Text);
        var newPath = FeedPath(await browser.GetAsync("/events?reset=true"));
        Assert.NotEqual(feedPath, newPath);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(feedPath)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(newPath)).StatusCode);
    }

    private async Task<HashSet<string>> FeedUidsAsync(string userId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var token = await scope.ServiceProvider.GetRequiredService<CalendarFeed>().TokenOfAsync(userId);
        using var calendarApp = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await calendarApp.GetAsync($"/calendar/{token}.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!.Events.Select(e => e.Uid!).ToHashSet();
    }

    [Fact]
    public async Task A_group_meeting_is_in_the_feed_of_a_registrant_while_they_are_appointed_and_in_no_one_else_s()
    {
        _ = app.Server;
        var chair = await GroupSetup.PersonFromAsync(app, "Feed Chair", "MX");
        var member = await GroupSetup.PersonFromAsync(app, "Feed Group Member", "KE");
        var unregistered = await GroupSetup.PersonFromAsync(app, "Feed Unregistered", "BR");
        var coordinator = await GroupSetup.PersonFromAsync(app, "Feed Coordinator", "CH", Roles.Coordinator);
        var groupId = await GroupSetup.GroupCreatedByAsync(app, coordinator, "Feed", chair, member, unregistered);
        var starts = DateTime.UtcNow.Date.AddDays(4).AddHours(15);
        int meetingId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (meeting, errors) = await scope.ServiceProvider.GetRequiredService<CreateGroupMeeting>().HandleAsync(new(chair.Id, chair.DisplayName), groupId, new WebinarCommand
            {
                Title = "Feed group meeting", StartsLocal = starts, EndsLocal = starts.AddHours(1), MeetingUrl = "https://meet.example.org/feed-group",
            });
            Assert.Empty(errors);
            meetingId = meeting!.Id;
            Assert.Equal(RegistrationStatus.Registered, (await scope.ServiceProvider.GetRequiredService<RegisterForWebinar>().HandleAsync(member.Id, meetingId)).Value);
            // A registration the coordinator could not have made (not a member of the group), written as if left from an
            // earlier time: seeing the group's meetings is not enough to have them in one's feed.
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            db.WebinarRegistrations.Add(new WebinarRegistration { WebinarId = meetingId, UserId = coordinator.Id, Status = RegistrationStatus.Registered, RegisteredAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var uid = $"webinar-{meetingId}@community-of-practice";

        Assert.Contains(uid, await FeedUidsAsync(member.Id));
        foreach (var other in new[] { chair, unregistered, coordinator })
        {
            Assert.DoesNotContain(uid, await FeedUidsAsync(other.Id));
        }

        // The member leaves the group: the meeting leaves their feed at its next fetch, though the registration stays.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var removed = await scope.ServiceProvider.GetRequiredService<RemoveMember>().HandleAsync(new(chair.Id, chair.DisplayName), groupId, member.Id);
            Assert.True(removed.Succeeded, string.Join(" ", removed.Errors.Select(e => e.Message)));
        }
        Assert.DoesNotContain(uid, await FeedUidsAsync(member.Id));
    }

    [Fact]
    public async Task Following_a_debate_from_its_room_and_posting_put_its_window_in_the_feed()
    {
        var member = await app.CreatePersonAsync("Debate Follower", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2));
        await using var scope = app.Services.CreateAsyncScope();
        var follows = scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Features.Debates.FollowDebate>();
        Assert.False(await follows.IsFollowingAsync(debateId, member.Id), "A member should not follow a debate before taking part in it.");
        var posted = await scope.ServiceProvider.GetRequiredService<CommunityOfPractice.Features.Debates.PostToDebate>().HandleAsync(
            member.Id, new CommunityOfPractice.Features.Debates.PostCommand(debateId, null, "Taking part in this debate.", QuotingConsent.QuoteAnonymously));
        Assert.Empty(posted.Errors);
        Assert.True(await follows.IsFollowingAsync(debateId, member.Id), "Posting in a debate should make the member follow it.");
        await follows.SetAsync(debateId, member.Id, follow: false);
        Assert.False(await follows.IsFollowingAsync(debateId, member.Id), "Unfollowing a debate should stop following it.");
    }

    [Fact]
    public async Task The_events_page_lists_webinars_and_debates_and_shows_a_month()
    {
        var member = await app.CreatePersonAsync("Events Reader", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(app, DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(6));
        var starts = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(12), TimeSpan.Zero);
        var webinarId = await WebinarSetup.CreateAsync(app, starts, debateId: debateId);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);

        var list = await browser.GetAsync("/events");
        Assert.Contains($"href=\"webinars/{webinarId}\"", list.Html);
        Assert.Contains($"href=\"debates/{debateId}\"", list.Html);

        var month = await browser.GetAsync($"/events?month={starts:yyyy-MM}");
        Assert.Equal(HttpStatusCode.OK, month.Status);
        var day = Regex.Match(month.Html, $"data-date=\"{starts:yyyy-MM-dd}\">(?<cell>.*?)</td>", RegexOptions.Singleline);
        Assert.True(day.Success, $"The month view should have a cell for {starts:yyyy-MM-dd}.");
        Assert.Contains($"webinars/{webinarId}", day.Groups["cell"].Value);

        var bad = await browser.GetAsync("/events?month=2026-13");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("\"2026-13\" is not a month", bad.Text);
    }

    [Fact]
    public async Task A_reminder_due_while_no_instance_ran_is_sent_once_after_a_restart()
    {
        await using var first = new CommunityAppFactory();
        _ = first.Server;
        var member = await first.CreatePersonAsync("Reminded Member", Roles.Member);
        // Written straight to the database, no job scheduled: the 24-hour reminder fell due half an hour ago.
        var id = await WebinarSetup.CreateAsync(first, DateTimeOffset.UtcNow.AddHours(23.5), registeredUserIds: member.Id);

        await using (var second = new SecondInstanceFactory(first))
        {
            _ = second.Server;
            await first.Mailbox.WaitForAsync(member.Email, "Tomorrow");
        }
        await using var third = new SecondInstanceFactory(first);
        _ = third.Server;
        await using var scope = third.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WebinarReminders>().ReconcileAsync();
        var webinar = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Webinars.SingleAsync(w => w.Id == id);
        Assert.Equal(webinar.StartsAt, webinar.DayReminderSentFor);
        Assert.Null(webinar.HourReminderSentFor);
        await first.WaitForOutboxAsync();
        Assert.Single(first.Mailbox.For(member.Email), m => (m.Subject ?? "").StartsWith("Tomorrow"));
    }

    [GeneratedRegex("id=\"feed-url\"[^>]*value=\"(?<url>[^\"]+)\"")]
    private static partial Regex FeedUrl();
}

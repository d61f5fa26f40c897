using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Scheduling;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CommunityOfPractice.IntegrationTests.Mail;

/// <summary>Mail that respects attention: a digest at the member's morning, once, and one click to stop any kind of mail.</summary>
public sealed class DigestTests(ClockedAppFactory app) : IClassFixture<ClockedAppFactory>
{
    private const string DailySubject = "Your day in the community of practice";

    private async Task<CommandResult<Post>> PostAsync(string authorId, int debateId, string text, long? parentId = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PostToDebate>().HandleAsync(authorId, new PostCommand(debateId, parentId, text, null));
    }

    private async Task<int> SendDigestsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DigestSender>().SendDueAsync(app.Clock.GetUtcNow());
    }

    private async Task<AppUser> UserAsync(string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
    }

    /// <summary>The instant a due digest is sent, never before what the test did (a digest due at 08:00 planned at 07:59:59.5).</summary>
    private DateTimeOffset Later(DateTimeOffset due) => due > app.Clock.GetUtcNow() ? due : app.Clock.GetUtcNow() + TimeSpan.FromTicks(1);

    private IReadOnlyList<MimeMessage> Digests(TestPerson person, string subject = DailySubject) =>
        app.Mailbox.For(person.Email).Where(m => m.Subject == subject).ToList();

    /// <summary>A reader with an open debate they posted in, a reply to them and two more posts, and their digest planned.</summary>
    private async Task<(TestPerson Reader, TestPerson Writer, int DebateId, long ReplyId)> ActivityAsync(string name)
    {
        _ = app.Server;
        var now = app.Clock.GetUtcNow();
        var reader = await app.CreatePersonAsync($"{name} Reader", Roles.Member);
        var writer = await app.CreatePersonAsync($"{name} Writer", Roles.Member);
        await SendDigestsAsync();
        // What follows happens after the digest was planned, as it would in a real day.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var debateId = await DebateSetup.CreateAsync(app, now.AddHours(-1), now.AddDays(3));
        var question = await PostAsync(reader.Id, debateId, "Who pays for the travel of people living with NCDs?");
        Assert.True(question.Succeeded, "The reader's post should be accepted.");
        var reply = await PostAsync(writer.Id, debateId, "The district pays, in our case.", question.Value!.Id);
        Assert.True(reply.Succeeded, "The writer's reply should be accepted.");
        Assert.True((await PostAsync(writer.Id, debateId, "A second thought on transport.")).Succeeded, "A new thread should be accepted.");
        Assert.True((await PostAsync(writer.Id, debateId, "And a third on peer support.")).Succeeded, "A new thread should be accepted.");
        return (reader, writer, debateId, reply.Value!.Id);
    }

    [Fact]
    public async Task A_new_member_gets_a_daily_digest_planned_for_eight_in_their_time_zone()
    {
        _ = app.Server;
        var member = await app.CreatePersonAsync("Planned Member", Roles.Member);
        var planned = app.Clock.GetUtcNow();
        await SendDigestsAsync();

        var user = await UserAsync(member.Id);
        Assert.Equal(MailFrequency.Daily, user.MailFrequency);
        Assert.Equal(DigestSchedule.NextAfter(planned, "Africa/Nairobi", MailFrequency.Daily), user.NextDigestAt);
        var local = TimeZoneInfo.ConvertTime(user.NextDigestAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi"));
        Assert.Equal((8, 0), (local.Hour, local.Minute));
    }

    [Fact]
    public async Task The_digest_gathers_replies_and_new_posts_once_at_the_morning_instead_of_a_mail_per_reply()
    {
        var (reader, writer, debateId, replyId) = await ActivityAsync("Daily");
        await app.WaitForOutboxAsync();
        Assert.DoesNotContain(app.Mailbox.For(reader.Email), m => (m.Subject ?? "").Contains("replied to you", StringComparison.Ordinal));

        var due = Later((await UserAsync(reader.Id)).NextDigestAt!.Value);
        app.Clock.SetUtcNow(due - TimeSpan.FromTicks(1));
        await SendDigestsAsync();
        await app.WaitForOutboxAsync();
        Assert.Empty(Digests(reader));

        app.Clock.SetUtcNow(due);
        // Two senders at the same instant, as two nodes' jobs would be: the digest is claimed, and sent, once.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(SendDigestsAsync)));
        await app.WaitForOutboxAsync();
        var digest = Assert.Single(Digests(reader));
        var text = digest.TextBody;
        Assert.Contains($"{writer.DisplayName} replied to you in", text);
        Assert.Contains($"debates/{debateId}#post-{replyId}", text);
        Assert.Contains("2 new posts in", text);
        Assert.DoesNotContain("Who pays for the travel", text);
        Assert.Contains("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Contains("/mail/unsubscribe/one-click?token=", digest.Headers["List-Unsubscribe"]);
        Assert.Equal(DigestSchedule.NextAfter(due, "Africa/Nairobi", MailFrequency.Daily), (await UserAsync(reader.Id)).NextDigestAt);
        Assert.Equal(due, (await UserAsync(reader.Id)).LastDigestAt);

        await SendDigestsAsync();
        await app.WaitForOutboxAsync();
        Assert.Single(Digests(reader));
    }

    [Fact]
    public async Task A_morning_with_nothing_new_sends_no_digest_and_the_next_is_planned()
    {
        _ = app.Server;
        var quiet = await app.CreatePersonAsync("Quiet Member", Roles.Member);
        await SendDigestsAsync();
        var due = (await UserAsync(quiet.Id)).NextDigestAt!.Value;
        app.Clock.SetUtcNow(due);
        await SendDigestsAsync();
        await app.WaitForOutboxAsync();

        Assert.Empty(Digests(quiet));
        Assert.True((await UserAsync(quiet.Id)).NextDigestAt > due, "The next digest should be planned for the following morning.");
    }

    [Fact]
    public async Task The_minute_reconciler_sends_a_digest_whose_quarter_hour_run_was_lost()
    {
        var (reader, _, _, _) = await ActivityAsync("Missed");
        var due = Later((await UserAsync(reader.Id)).NextDigestAt!.Value);
        app.Clock.SetUtcNow(due + DigestSender.MissedAfter + TimeSpan.FromMinutes(1));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var reconciler = scope.ServiceProvider.GetServices<IReconciler>().Single(r => r.Name == "digests");
            await reconciler.ReconcileAsync(CancellationToken.None);
        }
        await app.WaitForOutboxAsync();

        Assert.Single(Digests(reader));
        Assert.True((await UserAsync(reader.Id)).NextDigestAt > app.Clock.GetUtcNow(), "The next digest should be planned after the one just sent.");
    }

    [Fact]
    public async Task One_click_in_the_mail_reader_stops_the_digest_without_signing_in_and_a_forged_token_changes_nothing()
    {
        var (reader, _, _, _) = await ActivityAsync("Unsubscribing");
        app.Clock.SetUtcNow(Later((await UserAsync(reader.Id)).NextDigestAt!.Value));
        await SendDigestsAsync();
        await app.WaitForOutboxAsync();
        var header = Assert.Single(Digests(reader)).Headers["List-Unsubscribe"];
        var address = new Uri((header ?? "").Trim('<', '>'));
        using var anonymous = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });

        var forged = address.PathAndQuery[..^3] + (address.PathAndQuery.EndsWith("AAA", StringComparison.Ordinal) ? "BBB" : "AAA");
        using (var refused = await anonymous.PostAsync(forged, oneClick))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("This link is not valid any more", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(MailFrequency.Daily, (await UserAsync(reader.Id)).MailFrequency);

        using (var done = await anonymous.PostAsync(address.PathAndQuery, oneClick))
        {
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }
        var user = await UserAsync(reader.Id);
        Assert.Equal(MailFrequency.Never, user.MailFrequency);
        Assert.Null(user.NextDigestAt);
        Assert.True(user.NotifyReplies, "Stopping the digest should leave the other settings as they were.");
    }

    [Fact]
    public async Task The_link_at_the_foot_of_a_reply_mail_asks_before_it_stops_reply_mails_and_changes_nothing_on_opening()
    {
        _ = app.Server;
        var author = await app.ChooseMailAsync(await app.CreatePersonAsync("Footer Author", Roles.Member), MailFrequency.Immediate);
        var replier = await app.CreatePersonAsync("Footer Replier", Roles.Member);
        var debateId = await DebateSetup.CreateAsync(app, app.Clock.GetUtcNow().AddHours(-1), app.Clock.GetUtcNow().AddDays(2));
        var question = (await PostAsync(author.Id, debateId, "Does anyone train peer supporters?")).Value!;
        Assert.True((await PostAsync(replier.Id, debateId, "We do, twice a year.", question.Id)).Succeeded, "The reply should be accepted.");
        var mail = await app.Mailbox.WaitForAsync(author.Email, "Footer Replier replied to you");
        Assert.Contains("/mail/unsubscribe/one-click?token=", mail.Headers["List-Unsubscribe"]);
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"Stop mails about replies to me: (\S+)").Groups[1].Value;
        Assert.StartsWith(app.PublicBaseUrl + "/mail/unsubscribe?token=", link);

        using var browser = new Browser(app);
        var page = await browser.NavigateAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Stop mails about replies to me", page.Text);
        Assert.True((await UserAsync(author.Id)).NotifyReplies, "Opening the link must change nothing: mail scanners open every link.");

        var done = await browser.SubmitAsync(page, new Uri(link).PathAndQuery, "unsubscribe", new Dictionary<string, string>());
        Assert.Contains("we will not send you these mails any more", done.Text);
        var user = await UserAsync(author.Id);
        Assert.False(user.NotifyReplies, "The button should stop the reply mails.");
        Assert.Equal(MailFrequency.Immediate, user.MailFrequency);
    }

    [Fact]
    public async Task A_member_chooses_a_weekly_digest_on_their_profile_and_an_unknown_choice_is_refused_in_their_language()
    {
        _ = app.Server;
        var member = await app.CreatePersonAsync("Weekly Member", Roles.Member);
        using var browser = new Browser(app);
        await browser.SignInAsync(member);
        Dictionary<string, string> Profile(string frequency, string language = "en") => new()
        {
            ["Input.DisplayName"] = "Weekly Member",
            ["Input.Category"] = nameof(StakeholderCategory.CivilSocietyOrganisation),
            ["Input.CountryCode"] = "KE",
            ["Input.PreferredLanguage"] = language,
            ["Input.TimeZoneId"] = "Africa/Nairobi",
            ["Input.DefaultQuotingConsent"] = nameof(QuotingConsent.QuoteAnonymously),
            ["Input.NotifyReplies"] = "true",
            ["Input.MailFrequency"] = frequency,
        };

        var refused = await browser.SubmitAsync("/profile?culture=fr", "profile", Profile("Hourly", "fr"));
        Assert.Contains("Choisissez à quelle fréquence nous pouvons vous écrire.", refused.Text);
        Assert.Equal(MailFrequency.Daily, (await UserAsync(member.Id)).MailFrequency);

        var saved = await browser.SubmitAsync("/profile", "profile", Profile(nameof(MailFrequency.Weekly)));
        Assert.True(saved.IsRedirect || saved.Status == HttpStatusCode.OK, $"Saving the profile answered {(int)saved.Status}.");
        var user = await UserAsync(member.Id);
        Assert.Equal(MailFrequency.Weekly, user.MailFrequency);
        var local = TimeZoneInfo.ConvertTime(user.NextDigestAt!.Value, TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi"));
        Assert.Equal((DayOfWeek.Monday, 8), (local.DayOfWeek, local.Hour));
    }
}

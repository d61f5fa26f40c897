using System.Net;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class MailOutboxTests
{
    private static async Task<(TestPerson Person, string Subject)> MailSomeoneAsync(CommunityAppFactory app)
    {
        var person = await app.CreatePersonAsync("Outbox Reader", Roles.Member);
        var subject = "Outbox " + Guid.NewGuid().ToString("N")[..8] + " · Santé, ça va ? 健康";
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Id == person.Id);
        await scope.ServiceProvider.GetRequiredService<MailComposer>().SendAsync(user, new(subject), [new("Nothing is lost.")]);
        return (person, subject);
    }

    private static async Task<OutboxMail> WaitForAsync(CommunityAppFactory app, string recipient, Func<OutboxMail, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var mail = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMails.AsNoTracking().SingleAsync(m => m.Recipient == recipient);
            if (condition(mail))
            {
                return mail;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The outbox's mail to {recipient} should have {what}, but has {mail.Attempts} attempts, error '{mail.LastError}'.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_mail_that_keeps_failing_is_retried_then_shown_to_administrators_who_can_send_it_again()
    {
        await using var app = new FailingSmtpFactory();
        var (person, subject) = await MailSomeoneAsync(app);
        var failed = await WaitForAsync(app, person.Email, m => m.FailedAt is not null, "used up its retries");
        Assert.Equal(2, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError), "The outbox should keep the error of the last attempt.");

        using var admin = new Browser(app);
        await admin.SignInAsync(await app.AdministratorAsync());
        var page = await admin.GetAsync("/admin/mail");
        Assert.Contains(person.Email, page.Text);
        Assert.Contains(WebUtility.HtmlEncode(failed.LastError!), page.Html);
        var retried = await admin.SubmitAsync(page, "/admin/mail", $"retry-{failed.Id}", new Dictionary<string, string>());
        Assert.Contains("The mail will be sent again.", retried.Text);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().AuditEntries.AnyAsync(e => e.Action == "mail.retried" && e.Details == $"mail {failed.Id}"),
            "Sending a mail again should be in the audit log.");
        // The server is still down: tried twice more, then listed again.
        await WaitForAsync(app, person.Email, m => m.FailedAt is { } at && at > failed.FailedAt!.Value, "been tried again");
    }

    [Fact]
    public async Task A_mail_left_unsent_when_the_app_stopped_goes_out_after_a_restart_as_utf8_with_crlf_lines()
    {
        await using var first = new FailingSmtpFactory();
        var (person, subject) = await MailSomeoneAsync(first);
        // Committed, tried and not sent: what a crash between the commit and the send leaves behind.
        await WaitForAsync(first, person.Email, m => m.Attempts >= 1, "been tried once");
        await first.StopAsync();

        await using var second = new SecondInstanceFactory(first);
        _ = second.Server;
        var mail = await second.Mailbox.WaitForAsync(person.Email, subject, TimeSpan.FromSeconds(90));
        Assert.Equal(subject, mail.Subject);
        await second.WaitForOutboxAsync();
        Assert.Single(second.Mailbox.For(person.Email));

        var file = Directory.GetFiles(Path.Combine(second.DataDirectory, "mail"), "*.eml").Single(f => MimeMessage.Load(f).To.Mailboxes.Any(a => a.Address == person.Email));
        var raw = await File.ReadAllBytesAsync(file);
        for (var i = 0; i < raw.Length; i++)
        {
            Assert.True(raw[i] != (byte)'\n' || (i > 0 && raw[i - 1] == (byte)'\r'), $"Every line of the .eml file should end with CRLF; byte {i} is a bare LF.");
        }
        foreach (var part in mail.BodyParts.OfType<TextPart>())
        {
            Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true);
        }
        Assert.Contains("Nothing is lost.", mail.TextBody);
    }

    [Fact]
    public async Task A_burst_of_mail_makes_a_few_send_jobs_not_one_per_mail()
    {
        await using var app = new CommunityAppFactory();
        var person = await app.CreatePersonAsync("Burst Reader", Roles.Member);
        var burst = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Id == person.Id);
            var composer = scope.ServiceProvider.GetRequiredService<MailComposer>();
            for (var i = 0; i < 100; i++)
            {
                await composer.SendAsync(user, new($"Burst {i}"), [new("One of many.")]);
            }
        }
        await app.WaitForOutboxAsync(TimeSpan.FromSeconds(90));
        // Sends are asked for while the burst is written and, by a send job whose time budget ran out, while it is sent.
        var seconds = (int)Math.Ceiling(burst.Elapsed.TotalSeconds);
        Assert.Equal(100, app.Mailbox.For(person.Email).Count(m => m.Subject!.StartsWith("Burst ", StringComparison.Ordinal)));

        var monitoring = app.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var sendJobs = monitoring.SucceededJobs(0, 1000).Count(j => j.Value?.Job?.Method.Name == nameof(Web.Platform.Mail.MailJob.SendDueAsync))
            + (int)monitoring.ScheduledCount() + (int)monitoring.EnqueuedCount("default");
        // At most two a second (one at once, one at the end of the second), whatever the machine's speed; and a few
        // more for the second the burst began in, the start-up send and the minutely sweep.
        Assert.True(sendJobs <= 2 * (seconds + 1) + 4, $"100 mails in {seconds} s made {sendJobs} send jobs; they should share them, two a second at most.");
    }

    [Fact]
    public async Task An_account_mail_written_behind_an_announcement_is_sent_before_it()
    {
        await using var app = new CommunityAppFactory();
        var person = await app.CreatePersonAsync("Waiting Reader", Roles.Member);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var user = await db.Users.SingleAsync(u => u.Id == person.Id);
            var composer = scope.ServiceProvider.GetRequiredService<MailComposer>();
            // One commit, as a debate opening's announcement and a reset that lands in the same instant: all due at once.
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var i = 0; i < 150; i++)
            {
                await composer.SendAsync(user, new($"Announcement {i}"), [new("One of many.")]);
            }
            await composer.SendAsync(user, new("Reset link"), [new("Someone waits for this one.")], null, [], default, AccountMailLimits.PasswordReset);
            await transaction.CommitAsync();
        }
        await app.WaitForOutboxAsync(TimeSpan.FromSeconds(90));

        await using var check = app.Services.CreateAsyncScope();
        var mails = await check.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMails.AsNoTracking()
            .Where(m => m.Recipient == person.Email).Select(m => new { m.Subject, m.SentAt }).ToListAsync();
        var reset = Assert.Single(mails, m => m.Subject == "Reset link");
        var before = mails.Count(m => m.Subject.StartsWith("Announcement ", StringComparison.Ordinal) && m.SentAt < reset.SentAt);
        // Each send job takes the due mails twenty at a time, account mails first: two jobs at once send at most forty
        // before it, not the hundred and fifty written ahead of it.
        Assert.True(before < 40, $"{before} announcements were sent before the account mail written after them.");
    }
}

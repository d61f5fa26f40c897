using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

public sealed class SmtpTlsTests
{
    private static async Task<string> MailSomeoneAsync(CommunityAppFactory app, string subject)
    {
        var person = await app.CreatePersonAsync("Smtp Reader", Roles.Member);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Users.SingleAsync(u => u.Id == person.Id);
        await scope.ServiceProvider.GetRequiredService<MailComposer>().SendAsync(user, new(subject), [new("Over TLS or not at all.")]);
        return person.Email;
    }

    private static async Task<CommunityOfPractice.Features.Mail.OutboxMail> SettledAsync(CommunityAppFactory app, string recipient)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var mail = await scope.ServiceProvider.GetRequiredService<CommunityDbContext>().OutboxMails.AsNoTracking().SingleAsync(m => m.Recipient == recipient);
            if (mail.SentAt is not null || mail.FailedAt is not null)
            {
                return mail;
            }
            Assert.True(DateTime.UtcNow < deadline, $"The mail to {recipient} was neither sent nor given up after a minute.");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task A_server_without_tls_gets_no_mail_unless_plaintext_is_allowed()
    {
        await using var relay = new PlaintextSmtpServer();
        await using (var strict = new SmtpAppFactory(relay.Port, allowPlaintext: false))
        {
            var recipient = await MailSomeoneAsync(strict, "Strict relay");
            var mail = await SettledAsync(strict, recipient);
            Assert.Null(mail.SentAt);
            Assert.Contains("STARTTLS", mail.LastError ?? "", StringComparison.OrdinalIgnoreCase);
            Assert.Empty(relay.Received);
        }
        await using var relaxed = new SmtpAppFactory(relay.Port, allowPlaintext: true);
        var local = await MailSomeoneAsync(relaxed, "Local relay");
        Assert.NotNull((await SettledAsync(relaxed, local)).SentAt);
        Assert.Contains(relay.Received, m => m.Contains("Local relay", StringComparison.Ordinal));
    }
}

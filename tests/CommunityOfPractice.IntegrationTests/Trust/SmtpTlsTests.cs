using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>A real SMTP server on loopback that offers no TLS at all, as an old relay would; it keeps what it receives.</summary>
public sealed class PlaintextSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task serving;

    public PlaintextSmtpServer()
    {
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ConcurrentQueue<string> Received { get; } = new();

    private async Task ServeAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ConverseAsync(client));
        }
    }

    private async Task ConverseAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 relay.test ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            switch (verb)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-relay.test");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 go ahead");
                    var message = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                        message.AppendLine(data);
                    }
                    Received.Enqueue(message.ToString());
                    await writer.WriteLineAsync("250 kept");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 ok");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await serving;
        stop.Dispose();
    }
}

public sealed class SmtpAppFactory(int port, bool allowPlaintext) : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Mail:SmtpPort", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:AllowPlaintext", allowPlaintext ? "true" : "false");
        builder.UseSetting("Mail:MaxAttempts", "1");
    }
}

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

using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>The app with an SMTP server that refuses every connection: a mail server that is down.</summary>
public sealed class FailingSmtpFactory : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Mail:SmtpPort", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:MaxAttempts", "2");
        builder.UseSetting("Mail:FirstRetryDelay", "00:00:01");
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Trust;

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

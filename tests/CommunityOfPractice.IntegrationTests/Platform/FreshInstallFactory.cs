using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Platform;

/// <summary>A fresh install: no bootstrap settings, so the only way in is the one-time setup link.</summary>
public sealed class FreshInstallFactory : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Bootstrap:AdminEmail", "");
        builder.UseSetting("Bootstrap:AdminPassword", "");
    }
}

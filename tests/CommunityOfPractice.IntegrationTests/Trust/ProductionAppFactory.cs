using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Trust;

/// <summary>The app as it runs in production (not Development), with or without its public address.</summary>
public sealed class ProductionAppFactory(string publicBaseUrl, params (string Key, string Value)[] settings) : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("PublicBaseUrl", publicBaseUrl);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

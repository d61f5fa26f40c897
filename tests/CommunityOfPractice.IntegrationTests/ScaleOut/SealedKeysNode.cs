using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>A node of the scale-out profile whose keys in Redis are sealed with a certificate.</summary>
public sealed class SealedKeysNode(string prefix, string certificatePath, string password) : CommunityAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Redis:Configuration", RedisServer.Configuration);
        builder.UseSetting("Redis:Prefix", prefix);
        builder.UseSetting("DataProtection:Certificate:Path", certificatePath);
        builder.UseSetting("DataProtection:Certificate:Password", password);
    }
}

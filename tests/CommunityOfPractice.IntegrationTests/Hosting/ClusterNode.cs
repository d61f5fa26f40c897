using Microsoft.AspNetCore.Hosting;

namespace CommunityOfPractice.IntegrationTests.Hosting;

public sealed class ClusterNode(string database, string prefix, int formPostsPerMinute = 10_000) : CommunityAppFactory(NewDataDirectory(), ownsDataDirectory: true, database)
{
    protected override int FormPostsPerMinute => formPostsPerMinute;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Redis:Configuration", RedisServer.Configuration);
        builder.UseSetting("Redis:Prefix", prefix);
    }
}

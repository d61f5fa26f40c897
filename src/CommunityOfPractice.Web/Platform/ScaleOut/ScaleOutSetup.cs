using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Web.Platform.Settings;
using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform.ScaleOut;

/// <summary>
/// The scale-out profile, switched on by configuration alone: <c>Redis:Configuration</c> puts the SignalR hub on the
/// Redis backplane, carries live events between nodes, and shares the data-protection keys, so a cookie issued by
/// one node is read by another. PostgreSQL (<c>Database:Provider=PostgreSql</c>) is set up with the data and the jobs.
/// </summary>
internal static class ScaleOutSetup
{
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddScaleOut(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<NodeBus>();
        services.AddSingleton<INodeBus>(provider => provider.GetRequiredService<NodeBus>());
        services.AddHostedService(provider => provider.GetRequiredService<NodeBus>());
        var settings = services.AddSettings<RedisOptions>(builder.Configuration, RedisOptions.Section);
        if (!settings.Enabled)
        {
            return builder;
        }
        // Several communities (or test runs) may share one Redis: every channel and key starts with this prefix.
        var prefix = settings.Prefix;
        services.AddSingleton(new RedisPrefix(prefix));
        var options = ConfigurationOptions.Parse(settings.Configuration!);
        // A node starts even while Redis is away, reconnects by itself, and says so at /health/ready meanwhile.
        options.AbortOnConnectFail = false;
        options.ClientName ??= "community-of-practice";
        // Every pub/sub channel of this connection, the SignalR backplane's included, starts with the prefix. The
        // backplane's own ChannelPrefix setting applies only to a connection it makes itself: given this one, it
        // published to "...DebateHub:group:debate-1" for every community, and a member of one community sharing Redis
        // received the posts of another community's debate 1.
        options.ChannelPrefix = RedisChannel.Literal(prefix + ":");
        var redis = ConnectionMultiplexer.Connect(options);
        services.AddSingleton<IConnectionMultiplexer>(redis);
        services.AddSignalR().AddStackExchangeRedis(backplane => backplane.ConnectionFactory = _ => Task.FromResult<IConnectionMultiplexer>(redis));
        // The same keys and the same application name on every node: by default the name is the content root, and
        // nodes installed in different folders would refuse each other's cookies despite sharing the keys.
        var dataProtection = services.AddDataProtection().SetApplicationName("CommunityOfPractice:" + prefix)
            .PersistKeysToStackExchangeRedis(redis, prefix + ":data-protection-keys");
        if (KeyCertificate.Load(builder.Configuration) is { } certificate)
        {
            // The key ring is stored encrypted: reading Redis is not enough to forge a session.
            dataProtection.ProtectKeysWithCertificate(certificate);
        }
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        return builder;
    }
}

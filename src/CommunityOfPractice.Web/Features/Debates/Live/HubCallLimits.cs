using System.Threading.RateLimiting;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Features.Debates.Live;

/// <summary>
/// Limits the hub calls that cost the server most: <c>Join</c> (which reads a whole room) per connection, and
/// <c>Post</c> per person, on top of the debate's own posts-per-minute rule. Counted in Redis when scaled out.
/// </summary>
internal sealed class HubCallLimits : IHubFilter, IAsyncDisposable
{
    public const int JoinsPerMinute = 30;
    public const int PostCallsPerMinute = 20;

    private readonly PartitionedRateLimiter<string> limiter;
    private readonly IStringLocalizer<SharedResource> L;

    public HubCallLimits(IServiceProvider services, IStringLocalizer<SharedResource> localizer)
    {
        L = localizer;
        var redis = services.GetService<IConnectionMultiplexer>();
        var prefix = redis is null ? "" : services.GetRequiredService<Platform.ScaleOut.RedisPrefix>().Value;
        limiter = PartitionedRateLimiter.Create<string, string>(key =>
        {
            var permits = key.StartsWith("Join|", StringComparison.Ordinal) ? JoinsPerMinute : PostCallsPerMinute;
            return redis is null
                ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RedisRateLimitPartition.GetFixedWindowRateLimiter($"{prefix}:hub:{key}", _ => new RedisFixedWindowRateLimiterOptions
                {
                    ConnectionMultiplexerFactory = () => redis,
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                });
        });
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var key = invocation.HubMethodName switch
        {
            "Join" => $"Join|{invocation.Context.ConnectionId}",
            "Post" => $"Post|{invocation.Context.UserIdentifier ?? invocation.Context.ConnectionId}",
            _ => null,
        };
        if (key is not null)
        {
            using var lease = await limiter.AcquireAsync(key, 1, invocation.Context.ConnectionAborted);
            if (!lease.IsAcquired)
            {
                throw new HubException(L["You have tried this too many times in a short while. Please wait a minute and try again."]);
            }
        }
        return await next(invocation);
    }

    public ValueTask DisposeAsync() => limiter.DisposeAsync();
}

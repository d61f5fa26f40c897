using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using CommunityOfPractice.Web.Platform.Settings;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// The posts a stranger can repeat to guess or to flood (sign-in, two-factor and recovery codes, reset, forgot, resend,
/// join, setup, email change, the API's token endpoint, passkey options) are limited per endpoint and client address
/// (RateLimits:FormPostsPerMinute). The limit is attached to the endpoints themselves (<see cref="Policy"/>), so
/// "/Account/Login/" or "/ACCOUNT/LOGIN" are the same endpoint and the same count. The limit answers 429 with a
/// readable page in the person's language. When scaled out, the counts are kept in Redis, so N nodes behind a load
/// balancer do not allow N times the limit. Where the post is made for an account (a signed-in person, or the
/// two-factor step of a sign-in), the account has the same limit of its own (<see cref="LimitPerAccount"/>): guessing
/// one account's codes from many addresses gets no further than from one.
/// </summary>
internal static class FormRateLimits
{
    public const string Policy = "forms";
    private const string AccountKey = "cop:forms:account";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services)
    {
        services.AddSettings<RateLimitOptions>(RateLimitOptions.Section);
        services.AddSettings<ReverseProxyOptions>(ReverseProxyOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reads");
                }
                return PerMinute(context, $"{EndpointOf(context)}|{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", PermitsOf(context));
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (rejected, cancellationToken) => RejectAsync(rejected.HttpContext, cancellationToken);
        });
        services.AddSingleton(_ => new AccountLimiter(PartitionedRateLimiter.Create<HttpContext, string>(
            context => PerMinute(context, (string)context.Items[AccountKey]!, PermitsOf(context)))));

        // Behind a reverse proxy every request comes from the proxy's address; its X-Forwarded-For is believed only
        // from the proxies named here (loopback by default), so a client cannot pick its own address to dodge a limit.
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((options, proxies) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in proxies.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    private static int PermitsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.FormPostsPerMinute;

    /// <summary>
    /// After authentication: a limited post made for an account counts against that account too, whatever address it
    /// comes from. The sign-in form itself has no account yet (the typed address may not be one): Identity's lockout
    /// counts the failed passwords of an account, and the mail limits count the mails to an address.
    /// </summary>
    public static async Task LimitPerAccount(HttpContext context, Func<Task> next)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.RateLimiting.EnableRateLimitingAttribute>()?.PolicyName == Policy
            && await AccountOfAsync(context) is { } account)
        {
            context.Items[AccountKey] = $"{EndpointOf(context)}|account:{account}";
            using var lease = await context.RequestServices.GetRequiredService<AccountLimiter>().Limiter.AcquireAsync(context, 1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await RejectAsync(context, context.RequestAborted);
                return;
            }
        }
        await next();
    }

    /// <summary>The signed-in person, or the person between the password and the two-factor step of their sign-in.</summary>
    private static async Task<string?> AccountOfAsync(HttpContext context)
    {
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } signedIn)
        {
            return signedIn;
        }
        var twoFactor = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        return twoFactor.Succeeded ? twoFactor.Principal.FindFirstValue(ClaimTypes.Name) : null;
    }

    private static string EndpointOf(HttpContext context) =>
        ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "").ToLowerInvariant();

    /// <summary>A fixed window of a minute for <paramref name="key"/>: in Redis when scaled out, so N nodes do not allow N times the limit.</summary>
    private static RateLimitPartition<string> PerMinute(HttpContext context, string key, int permits)
    {
        if (context.RequestServices.GetService<IConnectionMultiplexer>() is { } redis)
        {
            var prefix = context.RequestServices.GetRequiredService<ScaleOut.RedisPrefix>().Value;
            return RedisRateLimitPartition.GetFixedWindowRateLimiter($"{prefix}:forms:{key}", _ => new RedisFixedWindowRateLimiterOptions
            {
                ConnectionMultiplexerFactory = () => redis,
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
            });
        }
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>429 with a readable page in the person's language.</summary>
    private static async ValueTask RejectAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var L = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        http.Response.Headers.RetryAfter = "60";
        http.Response.ContentType = "text/html; charset=utf-8";
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var title = WebUtility.HtmlEncode(L["Too many attempts"]);
        var body = WebUtility.HtmlEncode(L["You have tried this too many times in a short while. Please wait a minute and try again."]);
        await http.Response.WriteAsync(
            $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>" +
            $"<body><main><h1>{title}</h1><p>{body}</p><p><a href=\"/\">{WebUtility.HtmlEncode(L["Home"])}</a></p></main></body></html>",
            cancellationToken);
    }

    /// <summary>The per-account counts of one node (or its view of Redis), disposed with the host.</summary>
    internal sealed class AccountLimiter(PartitionedRateLimiter<HttpContext> limiter) : IAsyncDisposable
    {
        public PartitionedRateLimiter<HttpContext> Limiter => limiter;

        public ValueTask DisposeAsync() => limiter.DisposeAsync();
    }
}

using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Localization;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// The posts a stranger can repeat to guess or to flood (sign-in, two-factor and recovery codes, reset, forgot, resend,
/// join, setup, email change, the API's token endpoint, passkey options) are limited per endpoint and client address
/// (RateLimits:FormPostsPerMinute). The limit is attached to the endpoints themselves (<see cref="Policy"/>), so
/// "/Account/Login/" or "/ACCOUNT/LOGIN" are the same endpoint and the same count. The limit answers 429 with a
/// readable page in the person's language. When scaled out, the counts are kept in Redis, so N nodes behind a load
/// balancer do not allow N times the limit.
/// </summary>
internal static class FormRateLimits
{
    public const string Policy = "forms";

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:FormPostsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reads");
                }
                var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "";
                var key = $"{endpoint.ToLowerInvariant()}|{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}";
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
            });
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
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
            };
        });

        // Behind a reverse proxy every request comes from the proxy's address; its X-Forwarded-For is believed only
        // from the proxies named here (loopback by default), so a client cannot pick its own address to dodge a limit.
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("ReverseProxy:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }
            foreach (var network in configuration.GetSection("ReverseProxy:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}

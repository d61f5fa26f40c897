using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Sign-in, join and password-reset posts are limited per client address (RateLimits:FormPostsPerMinute);
/// the limit answers 429 with a readable page in the person's language. When scaled out, the counts are kept in
/// Redis, so N nodes behind a load balancer do not allow N times the limit.
/// </summary>
internal static class FormRateLimits
{
    private static readonly string[] LimitedPaths =
    [
        "/Account/Login", "/Account/LoginWith2fa", "/Account/LoginWithRecoveryCode", "/Account/ForgotPassword",
        "/Account/ResendEmailConfirmation", "/join", "/setup",
    ];

    public static IServiceCollection AddFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:FormPostsPerMinute", 10);
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)
                    || LimitedPaths.FirstOrDefault(p => context.Request.Path.Equals(p, StringComparison.OrdinalIgnoreCase)) is not { } path)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                if (context.RequestServices.GetService<IConnectionMultiplexer>() is { } redis)
                {
                    var prefix = context.RequestServices.GetRequiredService<ScaleOut.RedisPrefix>().Value;
                    return RedisRateLimitPartition.GetFixedWindowRateLimiter($"{prefix}:forms:{path}|{client}", _ => new RedisFixedWindowRateLimiterOptions
                    {
                        ConnectionMultiplexerFactory = () => redis,
                        PermitLimit = permits,
                        Window = TimeSpan.FromMinutes(1),
                    });
                }
                return RateLimitPartition.GetFixedWindowLimiter($"{path}|{client}", _ => new FixedWindowRateLimiterOptions
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
                var title = System.Net.WebUtility.HtmlEncode(L["Too many attempts"]);
                var body = System.Net.WebUtility.HtmlEncode(L["You have tried this too many times in a short while. Please wait a minute and try again."]);
                await http.Response.WriteAsync(
                    $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{title}</title></head>" +
                    $"<body><main><h1>{title}</h1><p>{body}</p><p><a href=\"/\">{System.Net.WebUtility.HtmlEncode(L["Home"])}</a></p></main></body></html>",
                    cancellationToken);
            };
        });
        return services;
    }
}

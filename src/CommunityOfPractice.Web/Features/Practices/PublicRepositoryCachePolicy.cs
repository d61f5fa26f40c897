using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace CommunityOfPractice.Web.Features.Practices;

/// <summary>
/// Caches anonymous GETs of the public repository, per address and language, until an entry changes. Like the
/// default policy it never serves or stores signed-in requests, and stores only 200 responses without cookies,
/// except one: Blazor writes an antiforgery cookie (and "no-store") on every page of an app with interactive
/// render modes; these pages have no form that posts, so the platform drops that cookie before the headers go out.
/// </summary>
/// <param name="tags">The tags publication evicts; the public repository's by default.</param>
internal sealed class PublicRepositoryCachePolicy(params string[] tags) : IOutputCachePolicy
{
    public PublicRepositoryCachePolicy() : this(PracticesWeb.CachePolicy)
    {
    }

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var attempt = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        attempt &= context.HttpContext.User.Identity?.IsAuthenticated != true && Microsoft.Extensions.Primitives.StringValues.IsNullOrEmpty(request.Headers.Authorization);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        // The cache sits outside compression: each encoding a client accepts is its own entry.
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        foreach (var tag in tags)
        {
            context.Tags.Add(tag);
        }
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(10);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }
        if (response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
        // Any cookie (the chosen language, a session) means this response belongs to one person. Blazor's antiforgery
        // cookie was already dropped from these pages (see PublicViewAttribute).
        if (response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

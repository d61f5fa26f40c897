using Microsoft.AspNetCore.HostFiltering;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// The address people reach this community at (<c>PublicBaseUrl</c>). Every link in a mail, a feed, an invitation
/// or an API answer is built from it, never from the request's Host header, which whoever sends the request chooses:
/// a reset link built from it would carry a member's reset code to an attacker's site.
/// </summary>
internal sealed class PublicSite
{
    public const string Key = "PublicBaseUrl";

    private readonly string root;

    private PublicSite(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        root = baseUrl.AbsoluteUri.TrimEnd('/');
    }

    public Uri BaseUrl { get; }

    /// <summary>The absolute address of a path of this site ("debates/4", "Account/Login?x=1").</summary>
    public string Url(string relative) => root + "/" + relative.TrimStart('/');

    /// <summary>
    /// Reads <c>PublicBaseUrl</c>. Outside Development the app does not start without it: there is no safe guess.
    /// In Development it falls back to the first address the app listens on (launchSettings' http://localhost:5210).
    /// </summary>
    public static PublicSite From(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[Key];
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    $"{Key} is not set. Set it to the address people use to reach this community (for example {Key}=https://community.example.org, " +
                    $"or the environment variable {Key}): the links in every mail are built from it.");
            }
            configured = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5210";
            configured = configured.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal).Replace("://[::]", "://localhost", StringComparison.Ordinal);
        }
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")
            || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            throw new InvalidOperationException($"{Key} is \"{configured}\"; it must be an absolute http or https address without a query, such as https://community.example.org.");
        }
        return new PublicSite(url);
    }

    /// <summary>
    /// Outside Development, and unless <c>AllowedHosts</c> says otherwise, the app answers only requests for its own
    /// host name (and loopback, for health probes on the machine); any other Host header gets 400.
    /// </summary>
    public static void RestrictHosts(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, PublicSite site)
    {
        if (environment.IsDevelopment() || !string.IsNullOrWhiteSpace(configuration["AllowedHosts"]))
        {
            return;
        }
        services.Configure<HostFilteringOptions>(options =>
            options.AllowedHosts = [site.BaseUrl.IdnHost, "localhost", "127.0.0.1", "[::1]"]);
    }
}

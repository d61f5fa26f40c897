namespace CommunityOfPractice.Web.Features.Syntheses.Api;

/// <summary>"Api": the coordinating body's API (see <see cref="ApiServer"/>).</summary>
internal sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// Tokens are issued over HTTPS only. Off for loopback tests, and behind a TLS-terminating proxy that is named in
    /// ReverseProxy:KnownProxies.
    /// </summary>
    public bool RequireHttps { get; set; } = true;
}

using System.ComponentModel.DataAnnotations;
using System.Net;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>
/// "ReverseProxy": the proxies whose X-Forwarded-For and X-Forwarded-Proto are believed (loopback always is). Anyone
/// else's are ignored, so a client cannot choose its own address to dodge a rate limit.
/// </summary>
internal sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    /// <summary>IP addresses, such as "10.0.0.5".</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, such as "10.0.0.0/8".</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult($"holds \"{proxy}\", which is not an IP address", [nameof(KnownProxies)]);
        }
        foreach (var network in KnownNetworks.Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult($"holds \"{network}\", which is not a network such as 10.0.0.0/8", [nameof(KnownNetworks)]);
        }
    }
}

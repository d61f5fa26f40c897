using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Web.Platform.Settings;

/// <summary>"RateLimits": how often a stranger may repeat a sensitive form (see <see cref="FormRateLimits"/>).</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Posts per minute, per endpoint and client address, and per account.</summary>
    [Range(1, 1_000_000, ErrorMessage = "must be a whole number from {1} to {2}")]
    public int FormPostsPerMinute { get; set; } = 10;
}

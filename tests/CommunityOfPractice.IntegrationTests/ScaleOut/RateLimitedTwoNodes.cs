using CommunityOfPractice.IntegrationTests.Hosting;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>Two nodes whose form limit is 3 posts a minute per client: together, not each.</summary>
public sealed class RateLimitedTwoNodes : TwoNodes
{
    protected override int FormPostsPerMinute => 3;
}

namespace CommunityOfPractice.IntegrationTests.Platform;

public sealed class RateLimitedAppFactory : CommunityAppFactory
{
    protected override int FormPostsPerMinute => 3;
}

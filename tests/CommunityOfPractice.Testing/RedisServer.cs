namespace CommunityOfPractice.Testing;

/// <summary>The throwaway Redis tests/run.sh starts on loopback.</summary>
public static class RedisServer
{
    public static string Configuration =>
        Environment.GetEnvironmentVariable("COP_TEST_REDIS") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "COP_TEST_REDIS is not set. Run the suite through tests/run.sh, which installs Redis (apt-get install redis-server) and starts a throwaway server on loopback.");
}

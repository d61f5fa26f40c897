namespace CommunityOfPractice.IntegrationTests.Hosting;

/// <summary>
/// Two app nodes of the scale-out profile in one test process: one PostgreSQL database, one Redis (started by
/// tests/run.sh), each node with its own data folder. They start at the same moment, as a deployment would.
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    public ClusterNode A { get; private set; } = default!;
    public ClusterNode B { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync();
        var prefix = "cop-test-" + Guid.NewGuid().ToString("N")[..8];
        A = new ClusterNode(database, prefix, FormPostsPerMinute);
        B = new ClusterNode(database, prefix, FormPostsPerMinute);
        // Both migrate and prepare the same empty database at once: the start-up lock makes it safe.
        await Task.WhenAll(Task.Run(() => A.Server), Task.Run(() => B.Server));
    }

    /// <summary>The form limit of both nodes (per client and minute, across the nodes).</summary>
    protected virtual int FormPostsPerMinute => 10_000;

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
    }
}

using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.IntegrationTests.Hosting;
using CommunityOfPractice.Web.Features.Debates.Jobs;
using CommunityOfPractice.Web.Features.Debates.Live;
using CommunityOfPractice.Web.Platform;
using Hangfire;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace CommunityOfPractice.IntegrationTests.ScaleOut;

/// <summary>Two app processes on one PostgreSQL and one Redis; one of them dies with SIGKILL during an open debate.</summary>
public sealed class NodeFailureTests
{
    private const string Password = "node failure lantern orchard";

    [Fact]
    public async Task Killing_node_A_loses_no_acknowledged_post_and_node_B_carries_on_and_closes_the_debate_on_time()
    {
        var folder = Directory.CreateTempSubdirectory("cop-nodes-").FullName;
        var database = await PostgreSqlServer.CreateDatabaseAsync();
        // Open for an hour: how long the nodes take to start does not matter. The test brings the closing forward once
        // it is ready, measured from then.
        var community = await NodeProcess.WriteCommunityAsync(folder, Password, DateTimeOffset.UtcNow.AddHours(1), "moderator@nodes.example.org", "poster@nodes.example.org");
        var shared = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Default"] = database,
            ["Redis:Configuration"] = RedisServer.Configuration,
            ["Redis:Prefix"] = "cop-kill-" + Guid.NewGuid().ToString("N")[..8],
            ["RateLimits:FormPostsPerMinute"] = "10000",
        };
        await using var a = await NodeProcess.StartAsync(new Dictionary<string, string>(shared) { ["DataDirectory"] = Path.Combine(folder, "a"), ["Demo:Seed"] = "true", ["Demo:Path"] = community });
        await using var b = await NodeProcess.StartAsync(new Dictionary<string, string>(shared) { ["DataDirectory"] = Path.Combine(folder, "b") });
        var cookie = await a.SignInAsync("poster@nodes.example.org", Password);
        HubConnection Connect(NodeProcess node) => new HubConnectionBuilder()
            .WithUrl(new Uri(node.BaseAddress, "/hubs/debates"), options => options.Headers["Cookie"] = cookie)
            .Build();
        await using var onA = Connect(a);
        await using var onB = Connect(b);
        await onA.StartAsync();
        await onB.StartAsync();
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // The closing notice, not any StateChanged: the opening announcement (made by whichever node's reconciler
        // comes first after seeding) raises one too, possibly while the test runs.
        onB.On<CommunityOfPractice.Web.Features.Debates.Live.HubPost>("PostAdded", post =>
        {
            if (post.Kind == PostKind.System)
            {
                closed.TrySetResult();
            }
        });
        await onB.InvokeAsync<object>("Join", 1, long.MaxValue);

        var acknowledged = new List<long>();
        async Task PostAsync(HubConnection connection, string text)
        {
            var ack = await connection.InvokeAsync<PostAck>("Post", 1, null, text, QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
            Assert.True(ack.Accepted, $"The post should have been accepted: {ack.Error}");
            acknowledged.Add(ack.PostId!.Value);
        }
        // Ten posts in all: the debate's limit per member and minute.
        for (var i = 0; i < 6; i++)
        {
            await PostAsync(onA, $"Post {i} through node A.");
        }
        a.Kill();
        await Assert.ThrowsAnyAsync<Exception>(() => onA.InvokeAsync<PostAck>("Post", 1, null, "Never acknowledged.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N")));
        for (var i = 0; i < 4; i++)
        {
            await PostAsync(onB, $"Post {i} through node B after A died.");
        }

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        var stored = new HashSet<long>();
        await using (var command = new NpgsqlCommand("""SELECT "Id" FROM "Posts" WHERE "DebateId" = 1""", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetInt64(0));
            }
        }
        Assert.Equal(10, acknowledged.Count);
        Assert.Subset(stored, acknowledged.ToHashSet());

        // The moderator brings the closing forward, as "change the window" does: the new instant in the database and its
        // job in the storage the nodes share (scheduled while node A's killed server may still hold Hangfire's locks).
        // On a whole second, which every store and Hangfire's schedule keep exactly.
        var now = DateTimeOffset.UtcNow;
        var closesAt = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(15);
        await using (var change = new NpgsqlCommand("""UPDATE "Debates" SET "ClosesAt" = @closesAt WHERE "Id" = 1""", connection))
        {
            change.Parameters.AddWithValue("closesAt", closesAt.UtcDateTime);
            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }
        new BackgroundJobClient(JobStorages.PostgreSql(database)).ScheduleNotBefore<DebateTransitionJob>(job => job.RunAsync(1), closesAt);
        try
        {
            // On time: within the job server's polling and a killed node's lock timeout, well before the minute reconciler.
            await closed.Task.WaitAsync(closesAt - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(45));
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Node B did not close the debate within 45 seconds of {closesAt:O}:\n{b.Output}");
        }
        Assert.True(DateTimeOffset.UtcNow >= closesAt, $"The debate closed before {closesAt:O}.");
        // A second closing (a duplicate job, the reconciler) would add its notice right after the first.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await using var notices = new NpgsqlCommand("""SELECT count(*) FROM "Posts" WHERE "DebateId" = 1 AND "Kind" = 'System'""", connection);
        Assert.Equal(1L, (long)(await notices.ExecuteScalarAsync())!);
        var refused = await onB.InvokeAsync<PostAck>("Post", 1, null, "Too late.", QuotingConsent.QuoteWithName, Guid.NewGuid().ToString("N"));
        Assert.False(refused.Accepted, $"A post after the closing should be refused:\n{b.Output}");
    }
}

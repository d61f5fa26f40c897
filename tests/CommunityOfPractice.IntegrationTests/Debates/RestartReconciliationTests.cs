using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using CommunityOfPractice.Web.Features.Debates.Jobs;
using CommunityOfPractice.Web.Platform;
using Hangfire;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace CommunityOfPractice.IntegrationTests.Debates;

public sealed class RestartReconciliationTests
{
    [Fact]
    public async Task A_second_instance_on_the_same_database_closes_a_debate_whose_job_the_first_never_ran()
    {
        await using var first = new CommunityAppFactory();
        _ = first.Server;
        // Written straight to the database: no job was ever scheduled for it, and it closed a second ago.
        var id = await DebateSetup.CreateAsync(first, DateTimeOffset.UtcNow.AddHours(-2), DateTimeOffset.UtcNow.AddSeconds(-1));

        await using (var second = new SecondInstanceFactory(first))
        {
            _ = second.Server;
            await using var scope = second.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            Assert.Equal(1, await db.Posts.CountAsync(p => p.DebateId == id && p.Kind == PostKind.System));
            var debate = await db.Debates.SingleAsync(d => d.Id == id);
            Assert.Equal(debate.ClosesAt, debate.ClosingNoticeFor);
        }

        // A third start (a restart) finds nothing left to do: still one notice.
        await using var third = new SecondInstanceFactory(first);
        _ = third.Server;
        await using var check = third.Services.CreateAsyncScope();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<CommunityDbContext>().Posts.CountAsync(p => p.DebateId == id && p.Kind == PostKind.System));
    }

    [Fact]
    public async Task A_closing_scheduled_before_a_restart_runs_from_the_job_storage_after_it()
    {
        await using var first = new CommunityAppFactory();
        _ = first.Server;
        // Far enough ahead that the first instance stops long before it is due, even on a slow machine.
        var closesAt = DateTimeOffset.UtcNow.AddSeconds(30);
        var id = await DebateSetup.CreateAsync(first, DateTimeOffset.UtcNow.AddHours(-2), closesAt);
        var jobId = first.Services.GetRequiredService<IBackgroundJobClient>().ScheduleNotBefore<DebateTransitionJob>(job => job.RunAsync(id), closesAt);
        await first.StopAsync();

        await using var second = new SecondInstanceFactory(first);
        _ = second.Server;
        var storage = second.Services.GetRequiredService<JobStorage>();
        using (var connection = storage.GetConnection())
        {
            Assert.True(connection.GetStateData(jobId)?.Name == ScheduledState.StateName,
                $"The job scheduled before the restart should still be waiting in the storage, but is {connection.GetStateData(jobId)?.Name ?? "gone"}.");
        }

        var deadline = closesAt + TimeSpan.FromSeconds(60);
        string? state = null;
        while (DateTimeOffset.UtcNow < deadline)
        {
            using var connection = storage.GetConnection();
            state = connection.GetStateData(jobId)?.Name;
            if (state == SucceededState.StateName)
            {
                break;
            }
            await Task.Delay(250);
        }
        Assert.True(state == SucceededState.StateName, $"The job scheduled before the restart should have run after it, but is {state ?? "gone"}.");
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        Assert.Equal(1, await db.Posts.CountAsync(p => p.DebateId == id && p.Kind == PostKind.System));
    }
}

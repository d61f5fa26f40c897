using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
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
}

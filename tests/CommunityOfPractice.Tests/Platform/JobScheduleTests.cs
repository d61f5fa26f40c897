using System.Globalization;
using CommunityOfPractice.Web.Features.Debates.Jobs;
using CommunityOfPractice.Web.Platform;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.States;

namespace CommunityOfPractice.Tests.Platform;

public sealed class JobScheduleTests
{
    [Theory]
    [InlineData("2026-11-25T12:00:00.7000000Z", "2026-11-25T12:00:01.0000000Z")]
    [InlineData("2026-11-25T12:00:00.0000001Z", "2026-11-25T12:00:01.0000000Z")]
    [InlineData("2026-11-25T14:00:00.0000000+02:00", "2026-11-25T12:00:00.0000000Z")]
    public void A_job_is_never_due_before_its_instant(string instant, string expected)
    {
        using var storage = new InMemoryStorage();
        var jobs = new BackgroundJobClient(storage);

        var id = jobs.ScheduleNotBefore<DebateTransitionJob>(job => job.RunAsync(1), DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture));

        using var connection = storage.GetConnection();
        var state = connection.GetStateData(id);
        Assert.Equal(ScheduledState.StateName, state.Name);
        var enqueueAt = DateTimeOffset.Parse(state.Data["EnqueueAt"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), enqueueAt);
    }
}

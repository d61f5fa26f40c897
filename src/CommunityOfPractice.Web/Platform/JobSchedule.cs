using System.Linq.Expressions;
using Hangfire;

namespace CommunityOfPractice.Web.Platform;

public static class JobSchedule
{
    /// <summary>
    /// Hangfire keeps a scheduled job's instant as whole seconds, cut down, and enqueues it once the clock's whole
    /// second reaches that: a job for 12:00:00.700 may run at 12:00:00.100, find the debate still open and do
    /// nothing, leaving the closing to the minute reconciler. Rounding up to the next whole second means the job
    /// never runs before its instant.
    /// </summary>
    public static string ScheduleNotBefore<T>(this IBackgroundJobClient jobs, Expression<Func<T, Task>> call, DateTimeOffset instant)
    {
        var ticks = instant.UtcTicks;
        var remainder = ticks % TimeSpan.TicksPerSecond;
        var notBefore = remainder == 0 ? instant : new DateTimeOffset(ticks - remainder + TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return jobs.Schedule(call, notBefore);
    }
}

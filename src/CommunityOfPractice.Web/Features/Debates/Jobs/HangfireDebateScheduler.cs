using CommunityOfPractice.Features.Debates;
using Hangfire;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Debates.Jobs;

/// <summary>Schedules a job at each of a debate's future transition instants. Duplicates are harmless: the work is idempotent.</summary>
internal sealed class HangfireDebateScheduler(IBackgroundJobClient jobs) : IDebateScheduler
{
    public void ScheduleTransitions(Debate debate, DateTimeOffset now)
    {
        foreach (var instant in new[] { debate.OpensAt, debate.ClosesAt - DebateTransitions.ReminderBeforeClosing, debate.ClosesAt })
        {
            if (instant > now)
            {
                jobs.ScheduleNotBefore<DebateTransitionJob>(job => job.RunAsync(debate.Id), instant);
            }
        }
    }
}

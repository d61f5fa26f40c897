using CommunityOfPractice.Features.WorkingGroups;
using CommunityOfPractice.Web.Platform;
using Hangfire;

namespace CommunityOfPractice.Web.Features.WorkingGroups.Jobs;

/// <summary>Schedules the chair's reminder at its instant. Duplicates are harmless: the reminder is claimed once.</summary>
internal sealed class HangfireTermScheduler(IBackgroundJobClient jobs) : ITermScheduler
{
    public void ScheduleReminder(WorkingGroup group, DateTimeOffset now)
    {
        if (group.ReminderDueAt > now)
        {
            jobs.ScheduleNotBefore<TermReminderJob>(job => job.RunAsync(group.Id), group.ReminderDueAt);
        }
        else if (!group.IsClosedAt(now))
        {
            jobs.Enqueue<TermReminderJob>(job => job.RunAsync(group.Id));
        }
    }
}

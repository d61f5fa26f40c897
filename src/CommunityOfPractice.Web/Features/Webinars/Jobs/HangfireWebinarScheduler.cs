using CommunityOfPractice.Features.Webinars;
using Hangfire;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Webinars.Jobs;

/// <summary>A job at each reminder instant still ahead. Duplicates are harmless: each reminder is claimed once.</summary>
internal sealed class HangfireWebinarScheduler(IBackgroundJobClient jobs) : IWebinarScheduler
{
    public void ScheduleReminders(Webinar webinar, DateTimeOffset now)
    {
        foreach (var instant in WebinarReminders.InstantsAhead(webinar, now))
        {
            jobs.ScheduleNotBefore<WebinarReminderJob>(job => job.RunAsync(webinar.Id), instant);
        }
    }
}

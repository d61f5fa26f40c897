using CommunityOfPractice.Features.Webinars;

namespace CommunityOfPractice.Web.Features.Webinars.Jobs;

/// <summary>A thin Hangfire entry point: it calls the same feature service the reconciler uses.</summary>
internal sealed class WebinarReminderJob(WebinarReminders reminders)
{
    public Task RunAsync(int webinarId) => reminders.ApplyAsync(webinarId);
}

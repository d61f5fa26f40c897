namespace CommunityOfPractice.Features.Webinars;

/// <summary>Schedules a webinar's reminders at their instants; a reconciler catches whatever a lost job missed.</summary>
internal interface IWebinarScheduler
{
    void ScheduleReminders(Webinar webinar, DateTimeOffset now);
}

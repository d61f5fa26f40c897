using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.Webinars;

/// <summary>Webinar reminders go out on time even when a scheduled one was lost.</summary>
internal sealed class WebinarReconciler(WebinarReminders reminders, IWebinarScheduler scheduler, TimeProvider clock) : IReconciler
{
    public string Name => "webinars";

    public Task ReconcileAsync(CancellationToken cancellationToken) => reminders.ReconcileAsync(cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) =>
        Reconciling.ThenScheduleAsync(reminders.ReconcileAsync(cancellationToken), webinar => scheduler.ScheduleReminders(webinar, clock.GetUtcNow()));
}

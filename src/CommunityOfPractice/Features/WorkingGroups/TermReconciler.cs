using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The chairs' reminders go out even when a scheduled job was lost: at start-up and every minute.</summary>
internal sealed class TermReconciler(TermReminders reminders, ITermScheduler scheduler, TimeProvider clock) : IReconciler
{
    public string Name => "working groups";

    public Task ReconcileAsync(CancellationToken cancellationToken) => reminders.ReconcileAsync(cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) =>
        Reconciling.ThenScheduleAsync(reminders.ReconcileAsync(cancellationToken), group => scheduler.ScheduleReminder(group, clock.GetUtcNow()));
}

using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.Standards;

/// <summary>Round mails go out even when a scheduled job was lost: at start-up and every minute.</summary>
internal sealed class RoundReconciler(RoundTransitions transitions, IRoundScheduler scheduler, TimeProvider clock) : IReconciler
{
    public string Name => "consultation rounds";

    public Task ReconcileAsync(CancellationToken cancellationToken) => transitions.ReconcileAsync(cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) =>
        Reconciling.ThenScheduleAsync(transitions.ReconcileAsync(cancellationToken), round => scheduler.ScheduleTransitions(round, clock.GetUtcNow()));
}

using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.Debates;

/// <summary>Debates open, get their closing reminder and close on time even when a scheduled transition was lost.</summary>
internal sealed class DebateReconciler(DebateTransitions transitions, IDebateScheduler scheduler, TimeProvider clock) : IReconciler
{
    public string Name => "debates";

    public Task ReconcileAsync(CancellationToken cancellationToken) => transitions.ReconcileAsync(cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) =>
        Reconciling.ThenScheduleAsync(transitions.ReconcileAsync(cancellationToken), debate => scheduler.ScheduleTransitions(debate, clock.GetUtcNow()));
}

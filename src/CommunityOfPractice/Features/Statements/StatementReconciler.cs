using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Features.Statements;

/// <summary>Statements open and are published on time even when a scheduled job was lost: at start-up and every minute.</summary>
internal sealed class StatementReconciler(StatementTransitions transitions, IStatementScheduler scheduler, TimeProvider clock) : IReconciler
{
    public string Name => "statements";

    public Task ReconcileAsync(CancellationToken cancellationToken) => transitions.ReconcileAsync(cancellationToken);

    public Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken) =>
        Reconciling.ThenScheduleAsync(transitions.ReconcileAsync(cancellationToken), statement => scheduler.ScheduleTransitions(statement, clock.GetUtcNow()));
}

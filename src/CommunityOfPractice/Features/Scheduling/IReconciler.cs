namespace CommunityOfPractice.Features.Scheduling;

/// <summary>
/// What a feature catches up on when one of its scheduled jobs was lost or late: in-memory job storage forgets them
/// at a restart, and a node may stop while it holds one. The platform runs every reconciler once at start-up and then
/// every minute, as one recurring job. The work is idempotent: a job that did run leaves nothing to catch up.
/// </summary>
internal interface IReconciler
{
    /// <summary>What the reconciler looks after, for the logs ("debates").</summary>
    string Name { get; }

    /// <summary>Every minute: does now what a lost or late job did not do.</summary>
    Task ReconcileAsync(CancellationToken cancellationToken);

    /// <summary>At start-up: the same, and the jobs still ahead scheduled again. Returns how many items it looked at.</summary>
    Task<int> ReconcileAtStartUpAsync(CancellationToken cancellationToken);
}

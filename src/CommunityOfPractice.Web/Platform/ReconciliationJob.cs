using CommunityOfPractice.Features.Scheduling;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Every minute, as one recurring job: every feature's <see cref="IReconciler"/>, each on its own. One that fails is
/// logged and does not keep the others from running; the next minute tries it again.
/// </summary>
internal sealed class ReconciliationJob(IEnumerable<IReconciler> reconcilers, ILogger<ReconciliationJob> logger)
{
    public const string RecurringJobId = "reconciliation";

    public async Task RunAsync()
    {
        foreach (var reconciler in reconcilers)
        {
            try
            {
                await reconciler.ReconcileAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Reconciling the {Reconciler} failed; the next run, in a minute, tries again.", reconciler.Name);
            }
        }
    }
}

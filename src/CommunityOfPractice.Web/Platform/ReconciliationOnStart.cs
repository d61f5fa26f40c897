using CommunityOfPractice.Features.Scheduling;
using Hangfire;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// At start-up: every feature's <see cref="IReconciler"/> does what is overdue and schedules again what is still
/// ahead (in-memory job storage forgot it), and <see cref="ReconciliationJob"/> is set to run every minute.
/// </summary>
internal sealed class ReconciliationOnStart(IServiceScopeFactory scopes, IRecurringJobManager recurringJobs, ILogger<ReconciliationOnStart> logger) : IHostedService
{
    /// <summary>The recurring jobs each feature had before they shared one: a database kept from then still lists them.</summary>
    private static readonly string[] Retired = ["debate-reconciliation", "webinar-reminders", "synthesis-reconciliation"];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            foreach (var reconciler in scope.ServiceProvider.GetServices<IReconciler>())
            {
                var count = await reconciler.ReconcileAtStartUpAsync(cancellationToken);
                logger.LogInformation("Reconciled {Count} unfinished {Reconciler} at start-up.", count, reconciler.Name);
            }
        }
        foreach (var retired in Retired)
        {
            recurringJobs.RemoveIfExists(retired);
        }
        recurringJobs.AddOrUpdate<ReconciliationJob>(ReconciliationJob.RecurringJobId, job => job.RunAsync(), Cron.Minutely());
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

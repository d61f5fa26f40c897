using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Web.Features.Debates.Jobs;

/// <summary>
/// In-memory job storage forgets scheduled jobs on restart: at start-up, carry out what is overdue and
/// schedule what is still to come.
/// </summary>
internal sealed class DebateReconciliationOnStart(IServiceScopeFactory scopes, TimeProvider clock, ILogger<DebateReconciliationOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unfinished = await scope.ServiceProvider.GetRequiredService<DebateTransitions>().ReconcileAsync(cancellationToken);
        var scheduler = scope.ServiceProvider.GetRequiredService<IDebateScheduler>();
        foreach (var debate in unfinished)
        {
            scheduler.ScheduleTransitions(debate, clock.GetUtcNow());
        }
        logger.LogInformation("Reconciled {Count} unfinished debates at start-up.", unfinished.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

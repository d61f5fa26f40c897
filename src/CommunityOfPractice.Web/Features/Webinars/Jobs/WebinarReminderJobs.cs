using CommunityOfPractice.Features.Webinars;
using Hangfire;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Webinars.Jobs;

/// <summary>Thin Hangfire entry points: they call the same feature service the reconciler uses.</summary>
public sealed class WebinarReminderJob(WebinarReminders reminders)
{
    public Task RunAsync(int webinarId) => reminders.ApplyAsync(webinarId);

    /// <summary>Every minute: catches whatever a lost or late job did not send.</summary>
    public Task ReconcileAsync() => reminders.ReconcileAsync();
}

/// <summary>A job at each reminder instant still ahead. Duplicates are harmless: each reminder is claimed once.</summary>
internal sealed class HangfireWebinarScheduler(IBackgroundJobClient jobs) : IWebinarScheduler
{
    public void ScheduleReminders(Webinar webinar, DateTimeOffset now)
    {
        foreach (var instant in WebinarReminders.InstantsAhead(webinar, now))
        {
            jobs.ScheduleNotBefore<WebinarReminderJob>(job => job.RunAsync(webinar.Id), instant);
        }
    }
}

/// <summary>
/// In-memory job storage forgets scheduled jobs on restart: at start-up, send what is overdue and schedule
/// what is still ahead.
/// </summary>
internal sealed class WebinarReconciliationOnStart(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WebinarReconciliationOnStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ahead = await scope.ServiceProvider.GetRequiredService<WebinarReminders>().ReconcileAsync(cancellationToken);
        var scheduler = scope.ServiceProvider.GetRequiredService<IWebinarScheduler>();
        foreach (var webinar in ahead)
        {
            scheduler.ScheduleReminders(webinar, clock.GetUtcNow());
        }
        logger.LogInformation("Reconciled the reminders of {Count} webinars at start-up.", ahead.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using CommunityOfPractice.Features.Mail;
using Hangfire;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>The outbox's sending runs as Hangfire jobs: at once after a commit, at each retry's time, and every minute.</summary>
internal static class MailOutboxSetup
{
    public static IServiceCollection AddMailOutbox(this IServiceCollection services)
    {
        services.AddScoped<MailOutbox>();
        services.AddSingleton<IMailDispatch, HangfireMailDispatch>();
        services.AddHostedService<MailOutboxOnStart>();
        return services;
    }
}

/// <summary>Thin Hangfire entry point: the same outbox service the admin page uses.</summary>
/// <remarks>
/// Each run sends for at most <see cref="Budget"/>, then asks for another run and gives its worker back: a debate
/// opening that mails every member would otherwise hold the job workers (two on a small machine) for as long as its
/// mails take, and the jobs queued behind it (a password reset someone waits for, a debate's closing) with them.
/// </remarks>
public sealed class MailJob(MailOutbox outbox, IMailDispatch dispatch)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public async Task SendDueAsync()
    {
        if ((await outbox.SendDueAsync(Budget)).MoreDue)
        {
            dispatch.SendSoon();
        }
    }
}

/// <summary>
/// Asks for a send after each commit, at most twice a second per node: the first mail of a second is sent at once, and
/// one follow-up at the end of that second sends every mail committed meanwhile (one job sends all that is due).
/// A debate opening that mails two thousand members so makes a handful of jobs, not two thousand that would queue
/// in front of the debate's own closing and the reminders.
/// </summary>
/// <remarks>The machine's own clock, never the app's <see cref="TimeProvider"/>: a test's stopped clock must not stop the mail.</remarks>
internal sealed class HangfireMailDispatch(IServiceProvider services) : IMailDispatch
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private DateTimeOffset windowEnd = DateTimeOffset.MinValue;
    private bool followUpScheduled;

    // Resolved when first needed: the job client depends on Hangfire's configuration, which the DbContext (built
    // with this dispatch) must not pull in on every scope.
    private IBackgroundJobClient Jobs => services.GetRequiredService<IBackgroundJobClient>();

    public void SendSoon()
    {
        var now = TimeProvider.System.GetUtcNow();
        DateTimeOffset? followUp = null;
        lock (gate)
        {
            if (now >= windowEnd)
            {
                windowEnd = now + Window;
                followUpScheduled = false;
            }
            else if (!followUpScheduled)
            {
                followUpScheduled = true;
                followUp = windowEnd;
            }
            else
            {
                return;
            }
        }
        if (followUp is { } at)
        {
            Jobs.ScheduleNotBefore<MailJob>(job => job.SendDueAsync(), at);
        }
        else
        {
            Jobs.Enqueue<MailJob>(job => job.SendDueAsync());
        }
    }

    public void SendAt(DateTimeOffset instant) => Jobs.ScheduleNotBefore<MailJob>(job => job.SendDueAsync(), instant);
}

/// <summary>What was left unsent by a stopped process goes out at start-up; then a minute sweep catches lost jobs.</summary>
internal sealed class MailOutboxOnStart(IRecurringJobManager recurring, IMailDispatch dispatch) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<MailJob>("mail-outbox", job => job.SendDueAsync(), Cron.Minutely());
        dispatch.SendSoon();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

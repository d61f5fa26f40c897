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
public sealed class MailJob(MailOutbox outbox)
{
    public Task SendDueAsync() => outbox.SendDueAsync();
}

internal sealed class HangfireMailDispatch(IServiceProvider services) : IMailDispatch
{
    // Resolved when first needed: the job client depends on Hangfire's configuration, which the DbContext (built
    // with this dispatch) must not pull in on every scope.
    private IBackgroundJobClient Jobs => services.GetRequiredService<IBackgroundJobClient>();

    public void SendSoon() => Jobs.Enqueue<MailJob>(job => job.SendDueAsync());

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

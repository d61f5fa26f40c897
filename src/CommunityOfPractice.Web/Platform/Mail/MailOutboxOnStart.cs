using CommunityOfPractice.Features.Mail;
using Hangfire;

namespace CommunityOfPractice.Web.Platform.Mail;

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

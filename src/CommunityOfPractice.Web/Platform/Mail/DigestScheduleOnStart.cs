using Hangfire;

namespace CommunityOfPractice.Web.Platform.Mail;

internal sealed class DigestScheduleOnStart(IRecurringJobManager recurring) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        recurring.AddOrUpdate<DigestJob>(DigestSender.RecurringJobId, job => job.SendDueAsync(), DigestSender.Cron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

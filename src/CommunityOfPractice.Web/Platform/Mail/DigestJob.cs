namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>The quarter-hour Hangfire job: sends the digests due now.</summary>
public sealed class DigestJob(IServiceProvider services, TimeProvider clock)
{
    public Task SendDueAsync() => services.GetRequiredService<DigestSender>().SendDueAsync(clock.GetUtcNow());
}

using CommunityOfPractice.Features.Mail;
using Hangfire;

namespace CommunityOfPractice.Web.Platform.Mail;

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

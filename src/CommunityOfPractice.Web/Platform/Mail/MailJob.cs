using CommunityOfPractice.Features.Mail;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>Thin Hangfire entry point: the same outbox service the admin page uses.</summary>
/// <remarks>
/// Each run sends for at most <see cref="Budget"/>, then asks for another run and gives its worker back: a debate
/// opening that mails every member would otherwise hold the job workers (two on a small machine) for as long as its
/// mails take, and the jobs queued behind it (a password reset someone waits for, a debate's closing) with them.
/// </remarks>
internal sealed class MailJob(MailOutbox outbox, IMailDispatch dispatch)
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

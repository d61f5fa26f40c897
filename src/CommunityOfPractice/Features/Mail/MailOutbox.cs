using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Administration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CommunityOfPractice.Features.Mail;

/// <summary>
/// Every mail goes through here: <see cref="AddAsync"/> writes it into the outbox in the caller's unit of work (its
/// transaction, when one is open), and <see cref="SendDueAsync"/>, run by a job on any node, sends what is due,
/// each mail claimed by a conditional update first, retried with growing delays, and kept for an administrator
/// when the retries are used up.
/// </summary>
internal sealed class MailOutbox(CommunityDbContext db, IMailSender sender, IMailDispatch dispatch, IOptions<MailOptions> options, AuditLog audit,
    TimeProvider clock, ILogger<MailOutbox> logger)
{
    /// <summary>How long a node may take to send a claimed mail before another node may take it over.</summary>
    public static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(5);

    public async Task AddAsync(MimeMessage message, CancellationToken cancellationToken = default, string? purpose = null)
    {
        using var bytes = new MemoryStream();
        await message.WriteToAsync(MailFormat.Options, bytes, cancellationToken);
        var now = clock.GetUtcNow();
        db.OutboxMails.Add(new OutboxMail
        {
            Recipient = message.To.Mailboxes.FirstOrDefault()?.Address ?? "",
            Subject = Shorten(message.Subject ?? "", 400),
            Purpose = purpose,
            Message = bytes.ToArray(),
            CreatedAt = now,
            NextAttemptAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        // Inside a transaction the mail is not visible to the sender before the commit; the outbox interceptor asks
        // for the send once the transaction commits.
        if (db.Database.CurrentTransaction is null)
        {
            dispatch.SendSoon();
        }
        else
        {
            db.OutboxWaitsForCommit = true;
        }
    }

    /// <summary>How many mails of this <paramref name="purpose"/> went into the outbox for <paramref name="recipient"/> since <paramref name="since"/>.</summary>
    public Task<int> CountSinceAsync(string recipient, string purpose, DateTimeOffset since, CancellationToken cancellationToken = default) =>
        db.OutboxMails.CountAsync(m => m.Recipient == recipient && m.Purpose == purpose && m.CreatedAt > since, cancellationToken);

    /// <summary>Sends every mail that is due; returns how many were sent by this call.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default) =>
        (await SendDueAsync(Timeout.InfiniteTimeSpan, cancellationToken)).Sent;

    /// <summary>
    /// Sends what is due for about <paramref name="budget"/> of the machine's time (infinite: all of it), account mails
    /// first (a person waits at their inbox for a reset link, not for the two thousandth copy of a debate's opening);
    /// returns how many were sent and whether more are due. A job so never holds a worker for a whole announcement.
    /// </summary>
    public async Task<(int Sent, bool MoreDue)> SendDueAsync(TimeSpan budget, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var settings = options.Value;
        var started = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var now = clock.GetUtcNow();
            var due = await db.OutboxMails.AsNoTracking()
                .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Purpose == null).ThenBy(m => m.Id).Select(m => m.Id).Take(20).ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                return (sent, false);
            }
            foreach (var id in due)
            {
                if (await TrySendAsync(id, settings, cancellationToken))
                {
                    sent++;
                }
                if (budget != Timeout.InfiniteTimeSpan && started.Elapsed >= budget)
                {
                    // A slow mail server: the rest waits for the next run (at least one mail went each run).
                    return (sent, true);
                }
            }
        }
    }

    private async Task<bool> TrySendAsync(long id, MailOptions settings, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.OutboxMails
            .Where(m => m.Id == id && m.SentAt == null && m.FailedAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.ClaimedUntil, now + ClaimLifetime).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var mail = await db.OutboxMails.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            using var bytes = new MemoryStream(mail.Message);
            var message = await MimeMessage.LoadAsync(bytes, cancellationToken);
            await sender.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var failedAt = clock.GetUtcNow();
            var givesUp = mail.Attempts >= settings.MaxAttempts;
            logger.LogWarning(exception, "Mail {MailId} to {Recipient} could not be sent (attempt {Attempt} of {MaxAttempts}).", id, mail.Recipient, mail.Attempts, settings.MaxAttempts);
            await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, Shorten(exception.Message, 2000))
                .SetProperty(m => m.NextAttemptAt, failedAt + RetryDelay(settings, mail.Attempts))
                .SetProperty(m => m.FailedAt, givesUp ? failedAt : null), cancellationToken);
            if (!givesUp)
            {
                dispatch.SendAt(failedAt + RetryDelay(settings, mail.Attempts));
            }
            return false;
        }
        await db.OutboxMails.Where(m => m.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.SentAt, clock.GetUtcNow()).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.Message, Array.Empty<byte>()).SetProperty(m => m.LastError, (string?)null), cancellationToken);
        return true;
    }

    /// <summary>The mails that used up their retries, newest first, for the administrators.</summary>
    public async Task<IReadOnlyList<OutboxMail>> FailedAsync(CancellationToken cancellationToken = default) =>
        await db.OutboxMails.AsNoTracking().Where(m => m.FailedAt != null && m.SentAt == null)
            .OrderByDescending(m => m.FailedAt).Take(200).ToListAsync(cancellationToken);

    /// <summary>An administrator sends a failed mail again, from the start of its retries.</summary>
    public async Task<CommandResult> RetryAsync(Actor administrator, long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var reset = await db.OutboxMails.Where(m => m.Id == id && m.FailedAt != null && m.SentAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.FailedAt, (DateTimeOffset?)null).SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
        if (reset == 0)
        {
            return CommandResult.Failed("", "This mail is no longer waiting to be retried.");
        }
        audit.Record(administrator, "mail.retried", null, $"mail {id}");
        await db.SaveChangesAsync(cancellationToken);
        dispatch.SendSoon();
        return CommandResult.Success;
    }

    /// <summary>1, 5, 30 minutes, then 2 and 12 hours (scaled by <see cref="MailOptions.FirstRetryDelay"/>).</summary>
    public static TimeSpan RetryDelay(MailOptions settings, int attempts) =>
        settings.FirstRetryDelay * (attempts switch { <= 1 => 1, 2 => 5, 3 => 30, 4 => 120, _ => 720 });

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}

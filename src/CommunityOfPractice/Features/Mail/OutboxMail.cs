namespace CommunityOfPractice.Features.Mail;

/// <summary>
/// A mail written in the same transaction as the change that causes it, and sent afterwards by a job: a crash
/// between the two loses nothing, and a claim (<see cref="ClaimedUntil"/>) keeps two nodes from sending it twice.
/// </summary>
internal sealed class OutboxMail
{
    public long Id { get; set; }
    public string Recipient { get; set; } = "";
    public string Subject { get; set; } = "";
    /// <summary>What kind of account mail this is ("password-reset", "confirmation"), for the per-address limits; null for the others.</summary>
    public string? Purpose { get; set; }
    /// <summary>The whole MIME message; emptied once sent, so the outbox is no second copy of everyone's mail.</summary>
    public byte[] Message { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Set when the retries are used up: the mail waits for an administrator to retry it.</summary>
    public DateTimeOffset? FailedAt { get; set; }
    public string? LastError { get; set; }
}

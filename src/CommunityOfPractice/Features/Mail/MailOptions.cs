namespace CommunityOfPractice.Features.Mail;

public sealed class MailOptions
{
    public string From { get; set; } = "community@localhost";
    public string FromName { get; set; } = "Community of Practice";
    /// <summary>When empty, messages are written as .eml files into the data folder instead of sent.</summary>
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    /// <summary>
    /// Off by default: mail goes over TLS only (implicit TLS on port 465, STARTTLS required on the others), and a
    /// server that offers neither gets nothing. On (<c>Mail:AllowPlaintext=true</c>) for a relay on the same machine
    /// or network: STARTTLS is still used when the server offers it.
    /// </summary>
    public bool AllowPlaintext { get; set; }
    /// <summary>Tries before a mail is left for an administrator to retry (<c>Mail:MaxAttempts</c>).</summary>
    public int MaxAttempts { get; set; } = 6;
    /// <summary>The wait after the first failure; later ones grow from it (<c>Mail:FirstRetryDelay</c>).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);
}

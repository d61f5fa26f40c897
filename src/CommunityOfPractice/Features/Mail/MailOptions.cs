using System.ComponentModel.DataAnnotations;

namespace CommunityOfPractice.Features.Mail;

/// <summary>"Mail": who the community's mail comes from, and how it leaves.</summary>
internal sealed class MailOptions : IValidatableObject
{
    public const string Section = "Mail";

    [Required(ErrorMessage = "must not be empty")]
    [EmailAddress(ErrorMessage = "must be an email address")]
    public string From { get; set; } = "community@localhost";

    [Required(ErrorMessage = "must not be empty")]
    [MaxLength(100, ErrorMessage = "must be at most {1} characters")]
    public string FromName { get; set; } = "Community of Practice";

    /// <summary>When empty, messages are written as .eml files into the data folder instead of sent.</summary>
    public string? SmtpHost { get; set; }

    [Range(1, 65535, ErrorMessage = "must be a port number from {1} to {2}")]
    public int SmtpPort { get; set; } = 587;

    public string? SmtpUser { get; set; }

    [DataType(DataType.Password)]
    public string? SmtpPassword { get; set; }

    /// <summary>
    /// Off by default: mail goes over TLS only (implicit TLS on port 465, STARTTLS required on the others), and a
    /// server that offers neither gets nothing. On (<c>Mail:AllowPlaintext=true</c>) for a relay on the same machine
    /// or network: STARTTLS is still used when the server offers it.
    /// </summary>
    public bool AllowPlaintext { get; set; }

    /// <summary>Tries before a mail is left for an administrator to retry (<c>Mail:MaxAttempts</c>).</summary>
    [Range(1, 20, ErrorMessage = "must be a whole number from {1} to {2}")]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The wait after the first failure; later ones grow from it (<c>Mail:FirstRetryDelay</c>).</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FirstRetryDelay <= TimeSpan.Zero || FirstRetryDelay > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("must be a time span above zero and at most a day, such as 00:01:00", [nameof(FirstRetryDelay)]);
        }
    }
}

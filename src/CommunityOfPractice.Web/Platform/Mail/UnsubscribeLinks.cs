using System.Security.Cryptography;
using CommunityOfPractice.Features.Mail;
using Microsoft.AspNetCore.DataProtection;

namespace CommunityOfPractice.Web.Platform.Mail;

/// <summary>
/// The signed token in a mail's "stop these mails" link: who and which kind of mail, protected with the site's
/// data-protection keys (shared by every node), and good for <see cref="Lifetime"/>. Nobody can turn off someone
/// else's mail by changing an id in the link, and the link works without signing in, as RFC 8058 asks.
/// </summary>
internal sealed class UnsubscribeLinks(IDataProtectionProvider protection)
{
    /// <summary>How long a mailed link keeps working: long enough for a mail read months later.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("CommunityOfPractice.Mail.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(string userId, MailKind kind) => protector.Protect($"{kind}\n{userId}", Lifetime);

    /// <summary>Whose mail and which kind the token stands for; null for a token altered, cut, expired or from another site.</summary>
    public (string UserId, MailKind Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }
        try
        {
            var parts = protector.Unprotect(token).Split('\n', 2);
            return parts.Length == 2 && Enum.TryParse<MailKind>(parts[0], out var kind) && Enum.IsDefined(kind) ? (parts[1], kind) : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

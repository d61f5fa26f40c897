using CommunityOfPractice.Data;
using MimeKit;

namespace CommunityOfPractice.Features.Mail;

/// <summary>The .eml files of the embedded profile (<see cref="FileMailSender"/>), as personal data.</summary>
internal static class MailFiles
{
    /// <summary>Deletes every written mail addressed to <paramref name="email"/>: a deleted account leaves none behind.</summary>
    public static async Task DeleteAddressedToAsync(DataFolder data, string email, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(data.Mail))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(data.Mail, "*.eml"))
        {
            bool addressed;
            try
            {
                await using var stream = File.OpenRead(path);
                var headers = await HeaderList.LoadAsync(stream, cancellationToken);
                addressed = new[] { HeaderId.To, HeaderId.Cc, HeaderId.Bcc }
                    .Select(id => headers[id])
                    .Where(value => value is not null)
                    .SelectMany(value => InternetAddressList.TryParse(value, out var list) ? list.Mailboxes : [])
                    .Any(mailbox => string.Equals(mailbox.Address, email, StringComparison.OrdinalIgnoreCase));
            }
            catch (IOException)
            {
                continue;
            }
            if (addressed)
            {
                File.Delete(path);
            }
        }
    }
}

using CommunityOfPractice.Data;
using MimeKit;

namespace CommunityOfPractice.Features.Mail;

/// <summary>The embedded default: every message becomes an .eml file, so a first run needs no mail server.</summary>
internal sealed class FileMailSender(DataFolder data, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(data.Mail, name + ".tmp");
        await message.WriteToAsync(MailFormat.Options, temporary, cancellationToken);
        // Readers watch for *.eml; a rename makes each file appear whole.
        File.Move(temporary, Path.Combine(data.Mail, name));
    }
}

using MimeKit;

namespace CommunityOfPractice.Features.Mail;

public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

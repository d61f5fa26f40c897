using MimeKit;

namespace CommunityOfPractice.Features.Mail;

internal interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

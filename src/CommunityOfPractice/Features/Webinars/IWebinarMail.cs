using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Webinars;

public interface IWebinarMail
{
    Task SendSeatFreedAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);
}

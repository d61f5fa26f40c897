using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Webinars;

public interface IWebinarMail
{
    Task SendSeatFreedAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);

    /// <summary>The confirmation of a seat, with the calendar invitation attached.</summary>
    Task SendRegisteredAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);
}

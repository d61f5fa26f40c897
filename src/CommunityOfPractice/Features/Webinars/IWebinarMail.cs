using CommunityOfPractice.Data;

namespace CommunityOfPractice.Features.Webinars;

internal interface IWebinarMail
{
    Task SendSeatFreedAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);

    /// <summary>The confirmation of a seat, with the calendar invitation attached.</summary>
    Task SendRegisteredAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);

    /// <summary>The time changed: an updated invitation (same UID, higher SEQUENCE) replaces the old one in calendars.</summary>
    Task SendRescheduledAsync(AppUser member, Webinar webinar, DateTimeOffset previousStart, CancellationToken cancellationToken = default);

    /// <summary>The webinar is cancelled: a cancellation removes it from calendars.</summary>
    Task SendCancelledAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default);

    Task SendReminderAsync(AppUser member, Webinar webinar, WebinarReminder reminder, CancellationToken cancellationToken = default);
}

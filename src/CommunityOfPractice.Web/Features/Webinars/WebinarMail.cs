using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Webinars;

/// <summary>Webinar mails in the member's language, with times in their zone and the calendar invitation attached.</summary>
internal sealed class WebinarMail(MailComposer composer) : IWebinarMail
{
    public Task SendSeatFreedAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("A seat is yours: \"{0}\"", webinar.Title),
            [new("A seat became free and you were first on the waitlist: you are now registered for \"{0}\" ({1}).", webinar.Title, MailComposer.When(member, webinar.StartsAt))],
            Page(webinar), [Invitation(member, webinar)], cancellationToken);

    public Task SendRegisteredAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("You are registered: \"{0}\"", webinar.Title),
            [new("You are registered for \"{0}\" ({1}). The invitation is attached for your calendar; the meeting link is on the webinar page.", webinar.Title, MailComposer.When(member, webinar.StartsAt))],
            Page(webinar), [Invitation(member, webinar)], cancellationToken);

    public Task SendRescheduledAsync(AppUser member, Webinar webinar, DateTimeOffset previousStart, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("New time: \"{0}\"", webinar.Title),
            [new("The webinar \"{0}\" moved from {1} to {2}. The attached invitation updates your calendar.", webinar.Title, MailComposer.When(member, previousStart), MailComposer.When(member, webinar.StartsAt))],
            Page(webinar), [Invitation(member, webinar)], cancellationToken);

    public Task SendCancelledAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("Cancelled: \"{0}\"", webinar.Title),
            // A group's meeting may be cancelled by its chair: the reason is theirs, not the moderators'.
            [webinar.WorkingGroupId is null
                ? new("The webinar \"{0}\" planned for {1} is cancelled. The moderators wrote: {2}", webinar.Title, MailComposer.When(member, webinar.StartsAt), webinar.CancellationReason ?? "")
                : new("Your working group's meeting \"{0}\" planned for {1} is cancelled. The reason given: {2}", webinar.Title, MailComposer.When(member, webinar.StartsAt), webinar.CancellationReason ?? ""),
             new("The attached cancellation removes it from your calendar.")],
            Page(webinar), [Invitation(member, webinar)], cancellationToken);

    public Task SendReminderAsync(AppUser member, Webinar webinar, WebinarReminder reminder, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            reminder == WebinarReminder.DayBefore ? new("Tomorrow: \"{0}\"", webinar.Title) : new("In one hour: \"{0}\"", webinar.Title),
            [new("\"{0}\" starts at {1}. Join with this link: {2}", webinar.Title, MailComposer.When(member, webinar.StartsAt), webinar.MeetingUrl)],
            Page(webinar), MailKind.Webinars, cancellationToken);

    private (LocalizedText, string) Page(Webinar webinar) => (new LocalizedText("See the webinar"), composer.AbsoluteUrl($"webinars/{webinar.Id}"));

    private MailAttachment Invitation(AppUser member, Webinar webinar) => new(webinar.CancelledAt is null ? "invitation.ics" : "cancellation.ics",
        webinar.CancelledAt is null ? "text/calendar; method=REQUEST" : "text/calendar; method=CANCEL",
        System.Text.Encoding.UTF8.GetBytes(WebinarInvitation.Create(webinar, composer.AbsoluteUrl($"webinars/{webinar.Id}"), composer.Sender,
            new CalendarPerson(member.Email ?? "", member.DisplayName))));
}

using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Webinars;

internal static class WebinarsWeb
{
    public static IServiceCollection AddWebinarsWeb(this IServiceCollection services) => services.AddScoped<IWebinarMail, WebinarMail>();
}

internal sealed class WebinarMail(MailComposer composer) : IWebinarMail
{
    public Task SendSeatFreedAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default) =>
        composer.SendAsync(member,
            new("A seat is yours: \"{0}\"", webinar.Title),
            [new("A seat became free and you were first on the waitlist: you are now registered for \"{0}\" ({1:u}).", webinar.Title, webinar.StartsAt)],
            (new LocalizedText("See the webinar"), composer.AbsoluteUrl($"webinars/{webinar.Id}")), [Invitation(webinar)], cancellationToken);

    public Task SendRegisteredAsync(AppUser member, Webinar webinar, CancellationToken cancellationToken = default)
    {
        var page = composer.AbsoluteUrl($"webinars/{webinar.Id}");
        return composer.SendAsync(member,
            new("You are registered: \"{0}\"", webinar.Title),
            [new("You are registered for \"{0}\" ({1:u} UTC). The invitation is attached for your calendar; the meeting link is on the webinar page.", webinar.Title, webinar.StartsAt)],
            (new LocalizedText("See the webinar"), page),
            [Invitation(webinar)], cancellationToken);
    }

    private MailAttachment Invitation(Webinar webinar) => new MailAttachment("invitation.ics", "text/calendar; method=REQUEST",
        System.Text.Encoding.UTF8.GetBytes(WebinarInvitation.Create(webinar, composer.AbsoluteUrl($"webinars/{webinar.Id}"))));
}

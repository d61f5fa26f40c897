using CommunityOfPractice.Web.Platform.Mail;
using System.Security.Claims;
using System.Text;
using CommunityOfPractice.Features.Webinars;
using CommunityOfPractice.Web.Features.Webinars.Jobs;
using CommunityOfPractice.Web.Platform;
using Microsoft.Extensions.Localization;

namespace CommunityOfPractice.Web.Features.Webinars;

internal static class WebinarsWeb
{
    public static IServiceCollection AddWebinarsWeb(this IServiceCollection services) => services
        .AddFeaturePages("Webinars")
        .AddToSlot<Pages.UpcomingEvents>(Slots.Home)
        .AddToSlot<Pages.HomeNextWebinar>(Slots.MemberHome, order: 10)
        .AddToSlot<Pages.WebinarNavigation>(Slots.MemberNavigation)
        .AddToSlot<Pages.DebateWebinars>(Slots.DebateContext)
        .AddToSlot<Pages.GroupMeetings>(Slots.GroupSpace)
        .AddScoped<IWebinarMail, WebinarMail>()
        .AddScoped<IDigestSection, WebinarDigestSection>()
        .AddScoped<IWebinarScheduler, HangfireWebinarScheduler>()
        .AddScoped<WebinarReminderJob>();

    public static WebApplication MapWebinars(this WebApplication app)
    {
        // The invitation again, for a registered member who lost the mail.
        app.MapGet("/webinars/{id:int}/invitation.ics", async (int id, ClaimsPrincipal user, WebinarQuery query, MailComposer composer, CancellationToken cancellationToken) =>
            await query.ForViewerAsync(id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is { ViewerStatus: RegistrationStatus.Registered } view
                ? Results.File(Encoding.UTF8.GetBytes(WebinarInvitation.Publish(view.Webinar, composer.AbsoluteUrl($"webinars/{id}"))), "text/calendar", $"webinar-{id}.ics")
                : Results.NotFound())
            .RequireAuthorization(Policies.Member);

        app.MapGet("/webinars/{id:int}/registrants.csv", async (int id, ClaimsPrincipal user, WebinarRegistrants registrants, CancellationToken cancellationToken) =>
            Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(WebinarRegistrants.ToCsv(
                await registrants.ListAsync(id, user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken)))).ToArray(),
                "text/csv", $"webinar-{id}-registrants.csv"))
            .RequireAuthorization(Policies.Moderator);

        // Calendar apps cannot sign in: the secret token in the address is the key.
        app.MapGet("/calendar/{token}.ics", async (string token, CalendarFeed feed, MailComposer composer, IStringLocalizer<SharedResource> L, HttpContext http, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "private, no-store";
            return await feed.BuildAsync(token, composer.AbsoluteUrl, cancellationToken) is { } calendar
                ? Results.Text(calendar, "text/calendar", Encoding.UTF8)
                : Results.Text(L["This calendar address is not valid any more: copy the current one from the Events page."].Value, "text/plain", Encoding.UTF8, StatusCodes.Status404NotFound);
        }).AllowAnonymous();
        return app;
    }
}

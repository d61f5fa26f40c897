using System.Security.Claims;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Features.Mail;
using CommunityOfPractice.Web.Platform;
using CommunityOfPractice.Web.Platform.Mail;
using Microsoft.Extensions.Localization;
using Microsoft.AspNetCore.Identity;

namespace CommunityOfPractice.Web.Features.Membership;

internal static class MembershipWeb
{
    public static IServiceCollection AddMembershipWeb(this IServiceCollection services) => services
        .AddFeaturePages("Membership")
        .AddToSlot<Pages.ApplicationsQueue>(Slots.StaffQueues, order: 0)
        .AddScoped<IMembershipMail, MembershipMail>()
        .AddScoped<IEmailSender<AppUser>, IdentityMail>()
        .AddScoped<AccountMailJob>();

    public static WebApplication MapMembership(this WebApplication app)
    {
        app.MapGet("/profile/export", async (ClaimsPrincipal user, ExportPersonalData export, CancellationToken cancellationToken) =>
            await export.HandleAsync(user.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is { } json
                ? Results.File(json, "application/json", "my-community-data.json")
                : Results.NotFound())
            .RequireAuthorization();

        app.MapGet("/moderation/applications/{id:int}/letter", async (int id, ApplicationQueue queue, CancellationToken cancellationToken) =>
            await queue.SupportLetterAsync(id, cancellationToken) is { } letter
                ? Results.Stream(letter.Content, letter.ContentType, letter.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.Moderator);
        MapOneClickUnsubscribe(app);
        return app;
    }

    /// <summary>
    /// RFC 8058: a mail reader's own "unsubscribe" button posts <c>List-Unsubscribe=One-Click</c> to the address in the
    /// mail's <c>List-Unsubscribe</c> header, with no cookie and no form token; the signed token is the proof. A GET (an
    /// older reader, or a person who opened the address) goes to the page, which asks before changing anything.
    /// </summary>
    private static void MapOneClickUnsubscribe(WebApplication app)
    {
        app.MapPost("/mail/unsubscribe/one-click", async (string? token, UnsubscribeLinks links, MailPreferences preferences,
            IStringLocalizer<SharedResource> L, CancellationToken cancellationToken) =>
        {
            if (links.Read(token) is not { } who)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: L["This link is not valid any more. Sign in and change your mail settings on your profile."]);
            }
            var result = await preferences.TurnOffAsync(who.UserId, who.Kind, cancellationToken);
            return result.Succeeded
                ? Results.Text(L["Done: we will not send you these mails any more."], "text/plain; charset=utf-8")
                : Results.Problem(statusCode: StatusCodes.Status400BadRequest, detail: L[result.Errors[0].Message, result.Errors[0].Arguments]);
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .RequireRateLimiting(FormRateLimits.Policy)
        .ExcludeFromDescription();

        app.MapGet("/mail/unsubscribe/one-click", (string? token) =>
            Results.Redirect($"/mail/unsubscribe?token={Uri.EscapeDataString(token ?? "")}"))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}

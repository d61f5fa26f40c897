using System.Security.Claims;
using CommunityOfPractice.Data;
using CommunityOfPractice.Features.Membership;
using CommunityOfPractice.Web.Platform;
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
        return app;
    }
}

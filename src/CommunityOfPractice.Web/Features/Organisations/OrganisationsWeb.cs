using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Live;
using CommunityOfPractice.Features.Organisations;
using CommunityOfPractice.Web.Features.Practices;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Organisations;

/// <summary>
/// Member organisations' pages (issue 19): applying, the moderators' review, the directory, representatives and the
/// public summary; on top of the core's <see cref="OrganisationsServices.AddOrganisations"/>.
/// </summary>
internal static class OrganisationsWeb
{
    /// <summary>The output-cache policy (and tag) of the public summary.</summary>
    public const string CachePolicy = "organisations";

    public static IServiceCollection AddOrganisationsWeb(this IServiceCollection services)
    {
        services.AddFeaturePages("Organisations");
        services.AddToSlot<Pages.OrganisationsQueue>(Slots.StaffQueues, order: 5);
        services.AddToSlot<Pages.OrganisationsNavigation>(Slots.CommunityNavigation, order: 10);
        services.AddScoped<IOrganisationMail, OrganisationMail>();
        services.AddScoped<IOrganisationPublication, OrganisationPublication>();
        services.AddSingleton<INodeRelay, OrganisationNodeRelay>();
        services.AddOutputCache(options => options.AddPolicy(CachePolicy, new PublicRepositoryCachePolicy(CachePolicy)));
        return services;
    }

    public static WebApplication MapOrganisations(this WebApplication app)
    {
        // Adhesion letters are never public: moderators open them from the review page, through this endpoint only.
        app.MapGet("/organisations/review/{id:int}/letter", async (int id, OrganisationQueue queue, CancellationToken cancellationToken) =>
            await queue.LetterAsync(id, cancellationToken) is { } letter
                ? Results.Stream(letter.Content, letter.ContentType, letter.FileName)
                : Results.NotFound())
            .RequireAuthorization(Policies.Moderator);
        return app;
    }
}

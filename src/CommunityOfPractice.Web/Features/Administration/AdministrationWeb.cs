using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Features.Administration;

internal static class AdministrationWeb
{
    /// <summary>The administration pages (members, roles, audit log, mail outbox); their services are the core's.</summary>
    public static IServiceCollection AddAdministrationWeb(this IServiceCollection services) => services.AddFeaturePages("Administration");
}

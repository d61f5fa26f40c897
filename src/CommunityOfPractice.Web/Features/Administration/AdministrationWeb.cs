namespace CommunityOfPractice.Web.Features.Administration;

internal static class AdministrationWeb
{
    /// <summary>Administration is all pages for now; this is where its endpoints will be mapped.</summary>
    public static WebApplication MapAdministration(this WebApplication app) => app;
}

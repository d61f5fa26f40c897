namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// The pages of <c>CommunityOfPractice.Web.Features.&lt;Feature&gt;</c> answer only when that feature is registered: a
/// feature taken out of <c>Program.cs</c> leaves no page behind that would fail on its missing services (they answer
/// 404, like any unknown address).
/// </summary>
public static class FeaturePages
{
    private const string Prefix = "CommunityOfPractice.Web.Features.";

    public static IServiceCollection AddFeaturePages(this IServiceCollection services, string feature) =>
        services.AddSingleton(new FeatureModule(feature));

    public static WebApplication MapPages<TRoot>(this WebApplication app)
    {
        var registered = app.Services.GetServices<FeatureModule>().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        app.MapRazorComponents<TRoot>().AddInteractiveServerRenderMode().Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>().FirstOrDefault()?.Type.Namespace is { } name
                && name.StartsWith(Prefix, StringComparison.Ordinal) && !registered.Contains(name[Prefix.Length..].Split('.')[0]))
            {
                // Not found for everyone: no sign-in asked first for a page that is not there.
                foreach (var rule in endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().ToList())
                {
                    endpoint.Metadata.Remove(rule);
                }
                endpoint.Metadata.Add(new Microsoft.AspNetCore.Authorization.AllowAnonymousAttribute());
                endpoint.RequestDelegate = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                };
            }
        });
        return app;
    }
}

using Microsoft.AspNetCore.Components;

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Places on pages that several features share, where each feature puts its own part: the shared page names the
/// slot, the feature registers a component for it (<see cref="FeatureSlotExtensions.AddToSlot{TComponent}"/>), and
/// removing the feature removes its part. A slot documents the parameters its components receive.
/// </summary>
public static class Slots
{
    /// <summary>The home page, under the introduction. No parameters.</summary>
    public const string Home = "home";

    /// <summary>The main navigation, for members, before "Debates". No parameters; each component renders <c>li</c> items.</summary>
    public const string MemberNavigation = "navigation.member";

    /// <summary>A debate's room, under its context. Parameter: <c>DebateId</c> (int).</summary>
    public const string DebateContext = "debate.context";
}

/// <summary>One feature's component in one slot; lower <see cref="Order"/> comes first.</summary>
public sealed record SlotContribution(string Slot, Type Component, int Order);

public static class FeatureSlotExtensions
{
    public static IServiceCollection AddToSlot<TComponent>(this IServiceCollection services, string slot, int order = 0) where TComponent : IComponent =>
        services.AddSingleton(new SlotContribution(slot, typeof(TComponent), order));
}

/// <summary>A feature whose pages are served: its <c>Add&lt;Feature&gt;Web</c> registers it (<see cref="FeaturePages.AddFeaturePages"/>).</summary>
public sealed record FeatureModule(string Name);

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

namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Marks a page or an endpoint as a public view (the public repository's list, entries, feed and API). To a visitor who
/// is not signed in it is served compressed (it carries no secret, so compression cannot leak one: BREACH), without
/// the antiforgery cookie that would keep it out of every cache, and as a plain page without Blazor's script (nothing
/// on it is interactive). Each feature marks its own views; the platform knows no paths.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
internal sealed class PublicViewAttribute : Attribute
{
    /// <summary>An anonymous request for a public view.</summary>
    public static bool Applies(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<PublicViewAttribute>() is not null;
}

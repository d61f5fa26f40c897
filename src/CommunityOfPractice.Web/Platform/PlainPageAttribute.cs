namespace CommunityOfPractice.Web.Platform;

/// <summary>
/// Marks a members' page that is served without Blazor's script: nothing on it is interactive (its forms are plain
/// forms, its live parts custom elements of their own), so the browser neither downloads nor runs the script, which on
/// a long page (a consultation's section) kept the main thread busy after the parse, before the page's live counts
/// could be shown. A link from such a page is an ordinary navigation.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class PlainPageAttribute : Attribute
{
    /// <summary>The request is for a page marked plain.</summary>
    public static bool Applies(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<PlainPageAttribute>() is not null;
}

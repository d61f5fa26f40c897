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

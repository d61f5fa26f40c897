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

    /// <summary>
    /// The home page of a signed-in member: what is on now for them, one part per feature. No parameters; each component
    /// renders a <c>section</c> with an <c>h2</c>, or nothing when it has nothing to say.
    /// </summary>
    public const string MemberHome = "home.member";

    /// <summary>
    /// The member's home, for staff: their queues. No parameters; each component renders <see cref="CommunityOfPractice.Web.Components.Shared.StaffQueue"/>
    /// items (an <c>li</c> with the count and a link), each shown only to the people its policy lets act on the queue.
    /// </summary>
    public const string StaffQueues = "home.queues";

    /// <summary>The main navigation, for members, before "Debates". No parameters; each component renders <c>li</c> items.</summary>
    public const string MemberNavigation = "navigation.member";

    /// <summary>The main navigation's "Community" dropdown, for members, after "Members". No parameters; each component renders <c>li</c> items.</summary>
    public const string CommunityNavigation = "navigation.community";

    /// <summary>A debate's room, under its context. Parameter: <c>DebateId</c> (int).</summary>
    public const string DebateContext = "debate.context";

    /// <summary>
    /// A working group's space, after its debates, for those who may see the space. Parameters: <c>GroupId</c> (int) and
    /// <c>CanRun</c> (bool: the viewer runs the group and it is in its term). Each component renders a <c>section</c> with an <c>h2</c>.
    /// </summary>
    public const string GroupSpace = "group.space";
}

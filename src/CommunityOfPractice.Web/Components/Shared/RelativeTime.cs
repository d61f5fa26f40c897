using System.Globalization;
using Humanizer;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>
/// "3 hours ago" in the reader's language for what happened this week, the exact local time beyond; the page's
/// <c>js/relative-time.js</c> keeps the words current without a round trip, and the exact time is the element's title
/// (on hover) and shown beside the link on keyboard focus.
/// </summary>
public static class RelativeTime
{
    /// <summary>How far back an instant is told in words.</summary>
    public static readonly TimeSpan InWords = TimeSpan.FromDays(7);

    public static string Of(DateTimeOffset instant, DateTimeOffset now, string exact) =>
        now - instant < InWords ? instant.Humanize(now, CultureInfo.CurrentUICulture) : exact;
}

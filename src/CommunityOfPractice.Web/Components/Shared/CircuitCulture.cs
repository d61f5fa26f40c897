using System.Globalization;
using CommunityOfPractice.Web.Platform;

namespace CommunityOfPractice.Web.Components.Shared;

/// <summary>
/// A circuit renders in the culture of the request that opened it, but a re-render asked for by an event from
/// another thread (a notifier, a timer) runs in that thread's culture: the server's, not the member's, and dates
/// and numbers of live updates came out in another format than the page around them. Captured when the component
/// is made, it is put back around such work.
/// </summary>
public sealed class CircuitCulture
{
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    public Task RunAsync(Func<Task> work) => CommunityLocalization.InCultureAsync(culture, uiCulture, work);
}

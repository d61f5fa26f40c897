using CommunityOfPractice.Features;
using CommunityOfPractice.Features.Debates;
using CommunityOfPractice.Web.Features.Debates.Pages.Room;
using Microsoft.AspNetCore.Components;
using CommunityOfPractice.Web.Platform;
using Microsoft.AspNetCore.Components.Authorization;

namespace CommunityOfPractice.Web.Features.Debates.Pages;

/// <summary>The room's life around its loads: what runs after a render, the window's timer, a changed sign-in, and the end of the circuit.</summary>
public partial class DebateRoomPage
{
    /// <summary>
    /// The first render can come before the room is loaded (the database answers asynchronously, as PostgreSQL does),
    /// so the timer and the "seen" mark wait for the first render that has the room.
    /// </summary>
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (RendererInfo.IsInteractive && room is not null && !roomShown)
        {
            roomShown = true;
            ArmTransitionTimer();
            await RoomScript.CallAsync(JS, "watchArrivals", postList, newPostsPill);
            await MarkSeenAsync();
        }
        if (RendererInfo.IsInteractive && anchorPostId is { } anchor && room is not null && room.Posts.Any(p => p.Id == anchor))
        {
            anchorPostId = null;
            await RoomScript.CallAsync(JS, "showPost", $"post-{anchor}");
        }
        if (RendererInfo.IsInteractive && focusPostId is { } posted && room is not null && room.Posts.Any(p => p.Id == posted))
        {
            focusPostId = null;
            await RoomScript.CallAsync(JS, "focusPost", $"post-{posted}");
        }
    }

    /// <summary>Re-renders at the window's next boundary, so the composer opens and closes on time even if no job ran.</summary>
    private void ArmTransitionTimer()
    {
        transitionTimer?.Dispose();
        if (room is null)
        {
            return;
        }
        var now = Clock.GetUtcNow();
        var next = new[] { room.Debate.OpensAt, room.Debate.ClosesAt }.Where(t => t > now).DefaultIfEmpty().Min();
        if (next == default)
        {
            return;
        }
        transitionTimer = Clock.CreateTimer(_ => InvokeAsync(() => culture.RunAsync(async () =>
        {
            await ReloadAsync();
            StateHasChanged();
            ArmTransitionTimer();
        })), null, next - now + TimeSpan.FromMilliseconds(50), Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// The circuit's sign-in was found out of date: the moderation tools go at once, and the page reloads, so the
    /// server decides afresh what this person may see (the sign-in page, if the session is no longer valid).
    /// </summary>
    private void OnSignInChanged(Task<AuthenticationState> changed) => _ = InvokeAsync(async () =>
    {
        var user = (await changed).User;
        isModerator = Policies.IsModerator(user);
        StateHasChanged();
        if (user.Identity?.IsAuthenticated != true)
        {
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
        }
    });

    public async ValueTask DisposeAsync()
    {
        SignIns.AuthenticationStateChanged -= OnSignInChanged;
        subscription?.Dispose();
        transitionTimer?.Dispose();
        if (composerDraft is not null)
        {
            await composerDraft.DisposeAsync();
        }
    }
}

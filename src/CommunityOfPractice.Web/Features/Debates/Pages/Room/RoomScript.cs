using Microsoft.JSInterop;

namespace CommunityOfPractice.Web.Features.Debates.Pages.Room;

/// <summary>Calls one function of the room's script module (<c>wwwroot/js/debate-room.js</c>), loaded once by the browser.</summary>
internal static class RoomScript
{
    public static async Task CallAsync(IJSRuntime js, string function, params object?[] arguments)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/debate-room.js");
        await module.InvokeVoidAsync(function, arguments);
    }
}

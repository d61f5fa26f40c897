using Microsoft.JSInterop;

namespace CommunityOfPractice.Web.Features.Debates.Pages.Room;

/// <summary>Calls one function of the room's script module (<c>wwwroot/js/debate-room.js</c>), loaded once by the browser.</summary>
internal static class RoomScript
{
    /// <summary>
    /// Calls <paramref name="function"/>; does nothing once the reader has gone (the circuit's connection is closed while
    /// a render was still finishing: there is no page left to call, which is not an error).
    /// </summary>
    public static async Task CallAsync(IJSRuntime js, string function, params object?[] arguments)
    {
        try
        {
            await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/debate-room.js");
            await module.InvokeVoidAsync(function, arguments);
        }
        catch (JSDisconnectedException)
        {
        }
    }
}

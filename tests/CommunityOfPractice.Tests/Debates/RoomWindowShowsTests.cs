using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Tests.Debates;

/// <summary>Which threads a room's window shows: those between its bounds, every pinned one, and new ones when it is open-ended.</summary>
public sealed class RoomWindowShowsTests
{
    [Theory]
    [InlineData(10L, 20L, 9L, false, false)]
    [InlineData(10L, 20L, 10L, false, true)]
    [InlineData(10L, 20L, 20L, false, true)]
    [InlineData(10L, 20L, 21L, false, false)]
    [InlineData(10L, 20L, 3L, true, true)]
    [InlineData(10L, null, 5000L, false, true)]
    [InlineData(null, 20L, 1L, false, true)]
    public void A_window_shows_the_threads_between_its_bounds_and_every_pinned_one(long? from, long? to, long thread, bool pinned, bool shown)
    {
        var window = new RoomWindow(from, to);

        Assert.Equal(shown, window.Shows(new ThreadHead(thread, null, pinned)));
    }

    [Fact]
    public void The_whole_room_shows_every_thread()
    {
        Assert.True(RoomWindow.Everything.Shows(new ThreadHead(1, null, false)), "the first thread is in the whole room");
        Assert.True(RoomWindow.Everything.Shows(new ThreadHead(long.MaxValue, 3, false)), "the newest thread is in the whole room");
    }
}

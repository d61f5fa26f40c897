using CommunityOfPractice.Features.Debates;

namespace CommunityOfPractice.Tests.Debates;

public sealed class DebateTimeTests
{
    private static readonly DateTimeOffset Opens = new(2018, 6, 28, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2018, 7, 3, 23, 59, 0, TimeSpan.Zero);

    private static Debate Seed(bool published = true) => new() { IsPublished = published, OpensAt = Opens, ClosesAt = Closes };

    [Theory]
    [InlineData(-1, DebateState.Scheduled, false)]
    [InlineData(0, DebateState.Open, true)]
    public void At_the_opening_instant(long ticks, DebateState state, bool open)
    {
        Assert.Equal(state, Seed().StateAt(Opens.AddTicks(ticks)));
        Assert.Equal(open, Seed().IsOpenAt(Opens.AddTicks(ticks)));
    }

    [Theory]
    [InlineData(-1, DebateState.Open, true)]
    [InlineData(0, DebateState.Closed, false)]
    public void At_the_closing_instant(long ticks, DebateState state, bool open)
    {
        Assert.Equal(state, Seed().StateAt(Closes.AddTicks(ticks)));
        Assert.Equal(open, Seed().IsOpenAt(Closes.AddTicks(ticks)));
    }

    [Fact]
    public void A_draft_is_never_open_whatever_the_time()
    {
        Assert.Equal(DebateState.Draft, Seed(published: false).StateAt(Opens.AddDays(1)));
        Assert.False(Seed(published: false).IsOpenAt(Opens.AddDays(1)), "A draft debate should never be open, even inside its window.");
    }

    [Theory]
    [InlineData("Europe/Paris", "2026-03-29T02:30", "2026-03-29T01:00:00Z")]
    [InlineData("Europe/Paris", "2026-10-25T02:30", "2026-10-25T00:30:00Z")]
    [InlineData("America/Sao_Paulo", "2018-06-28T09:00", "2018-06-28T12:00:00Z")]
    [InlineData("Asia/Kolkata", "2018-06-27T17:30", "2018-06-27T12:00:00Z")]
    [InlineData("Pacific/Auckland", "2018-06-28T00:00", "2018-06-27T12:00:00Z")]
    public void Times_entered_in_a_zone_are_stored_in_UTC_across_daylight_saving(string zone, string local, string utc)
    {
        var stored = CreateDebate.ToUtc(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById(zone));
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), stored);
    }
}

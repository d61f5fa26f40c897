using CommunityOfPractice.Features.Standards;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.Standards;

/// <summary>A round is open from its opening instant included to its closing instant excluded, as the fake clock reads it.</summary>
public sealed class ConsultationWindowTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);
    private static readonly DateTimeOffset Opens = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConsultationRound Round = new() { OpensAt = Opens, ClosesAt = Opens.AddDays(14) };

    [Fact]
    public void One_tick_before_opening_is_refused_and_the_opening_instant_is_open()
    {
        var clock = new FakeTimeProvider(Opens - Tick);
        Assert.False(Round.IsOpenAt(clock.GetUtcNow()), "The round should not be open one tick before it opens.");
        Assert.StartsWith("This consultation opens on", ConsultationWindow.Refusal(Round, clock.GetUtcNow(), "Text")!.Message);
        clock.SetUtcNow(Opens);
        Assert.True(Round.IsOpenAt(clock.GetUtcNow()), "The round should be open at its opening instant.");
        Assert.Null(ConsultationWindow.Refusal(Round, clock.GetUtcNow(), "Text"));
    }

    [Fact]
    public void One_tick_before_closing_is_open_and_the_closing_instant_is_closed()
    {
        var clock = new FakeTimeProvider(Round.ClosesAt - Tick);
        Assert.True(Round.IsOpenAt(clock.GetUtcNow()), "The round should still be open one tick before it closes.");
        Assert.False(Round.HasClosedAt(clock.GetUtcNow()), "Answers should wait until the closing instant.");
        clock.SetUtcNow(Round.ClosesAt);
        Assert.False(Round.IsOpenAt(clock.GetUtcNow()), "The round should be closed at its closing instant.");
        Assert.True(Round.HasClosedAt(clock.GetUtcNow()), "Drafters should be able to answer from the closing instant.");
        Assert.StartsWith("This consultation closed on", ConsultationWindow.Refusal(Round, clock.GetUtcNow(), "Text")!.Message);
    }

    [Fact]
    public void The_endorsement_window_has_the_same_boundaries()
    {
        var document = new StandardDocument { FinalVersionId = 1, EndorsementOpensAt = Opens, EndorsementClosesAt = Opens.AddDays(30) };
        Assert.False(document.IsEndorsementOpenAt(Opens - Tick), "Endorsing one tick before the window should be refused.");
        Assert.True(document.IsEndorsementOpenAt(Opens), "Endorsing at the opening instant should be accepted.");
        Assert.True(document.IsEndorsementOpenAt(Opens.AddDays(30) - Tick), "Endorsing one tick before closing should be accepted.");
        Assert.False(document.IsEndorsementOpenAt(Opens.AddDays(30)), "Endorsing at the closing instant should be refused.");
    }
}

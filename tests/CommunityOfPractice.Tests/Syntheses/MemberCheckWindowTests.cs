using CommunityOfPractice.Features.Syntheses;

namespace CommunityOfPractice.Tests.Syntheses;

/// <summary>The member check is time-boxed like a debate: decided by the clock at the exact instants.</summary>
public sealed class MemberCheckWindowTests
{
    private static readonly DateTimeOffset Opens = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = Opens.AddDays(5);

    [Fact]
    public void The_review_is_open_from_its_opening_instant_until_just_before_its_closing_instant()
    {
        var synthesis = new Synthesis { ReviewOpensAt = Opens, ReviewClosesAt = Closes };

        Assert.Equal(MemberCheckState.Scheduled, synthesis.MemberCheckAt(Opens.AddTicks(-1)));
        Assert.Equal(MemberCheckState.Open, synthesis.MemberCheckAt(Opens));
        Assert.Equal(MemberCheckState.Open, synthesis.MemberCheckAt(Closes.AddTicks(-1)));
        Assert.Equal(MemberCheckState.Closed, synthesis.MemberCheckAt(Closes));
    }

    [Fact]
    public void Without_a_window_there_is_no_review()
    {
        Assert.Equal(MemberCheckState.NotPlanned, new Synthesis().MemberCheckAt(Opens));
        Assert.Equal(MemberCheckState.NotPlanned, new Synthesis { ReviewOpensAt = Opens }.MemberCheckAt(Opens));
    }
}

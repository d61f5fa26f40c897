using CommunityOfPractice.Features.WorkingGroups;
using Microsoft.Extensions.Time.Testing;

namespace CommunityOfPractice.Tests.WorkingGroups;

/// <summary>A group's term on the clock: it starts at midnight UTC of its first day and closes at midnight UTC after its last.</summary>
public sealed class GroupTermTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static WorkingGroup Group() => new() { StartsOn = new DateOnly(2026, 3, 1), EndsOn = new DateOnly(2027, 2, 28) };

    [Fact]
    public void The_term_starts_at_midnight_of_its_first_day_and_closes_at_midnight_after_its_last()
    {
        var group = Group();
        var starts = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var closes = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal((starts, closes), (group.StartsAt, group.ClosesAt));

        var clock = new FakeTimeProvider(starts - Tick);
        Assert.Equal(GroupTermState.Upcoming, group.StateAt(clock.GetUtcNow()));
        clock.Advance(Tick);
        Assert.Equal(GroupTermState.Active, group.StateAt(clock.GetUtcNow()));
        clock.SetUtcNow(closes - Tick);
        Assert.Equal(GroupTermState.Active, group.StateAt(clock.GetUtcNow()));
        Assert.False(group.IsClosedAt(clock.GetUtcNow()), "One tick before midnight after the last day, the group should still work.");
        clock.Advance(Tick);
        Assert.Equal(GroupTermState.Closed, group.StateAt(clock.GetUtcNow()));
        Assert.True(group.IsClosedAt(clock.GetUtcNow()), "At midnight after the last day, the group should be closed.");
    }

    [Fact]
    public void The_reminder_falls_thirty_days_before_the_close_and_a_renewal_moves_it_and_reopens_the_group()
    {
        var group = Group();
        Assert.Equal(new DateTimeOffset(2027, 1, 30, 0, 0, 0, TimeSpan.Zero), group.ReminderDueAt);

        var clock = new FakeTimeProvider(group.ClosesAt);
        Assert.True(group.IsClosedAt(clock.GetUtcNow()), "The group should be closed at its end.");
        group.EndsOn = new DateOnly(2028, 2, 29);
        Assert.Equal(GroupTermState.Active, group.StateAt(clock.GetUtcNow()));
        Assert.Equal(new DateTimeOffset(2028, 1, 31, 0, 0, 0, TimeSpan.Zero), group.ReminderDueAt);
    }
}

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>
/// A working group or thematic commission, appointed for a term. Whether it still works is decided from the clock
/// (<see cref="StateAt"/>), never from a stored state: no job needs to have run for a term to end.
/// </summary>
public sealed class WorkingGroup
{
    public const int NameLength = 200;
    public const int MandateLength = 20_000;
    /// <summary>How long before its term ends the chair is reminded.</summary>
    public static readonly TimeSpan ReminderBeforeEnd = TimeSpan.FromDays(30);

    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Markdown, rendered through the platform's renderer and sanitizer.</summary>
    public string Mandate { get; set; } = "";
    /// <summary>The term's first day (UTC).</summary>
    public DateOnly StartsOn { get; set; }
    /// <summary>The term's last day (UTC): the group works through it and closes at the next midnight UTC.</summary>
    public DateOnly EndsOn { get; set; }
    public string ChairId { get; set; } = "";
    public int MinSize { get; set; }
    public int MaxSize { get; set; }
    public int MinRegions { get; set; }
    /// <summary>The least share of members living with NCDs, in percent; null when the group has no such rule.</summary>
    public int? MinNcdSharePercent { get; set; }
    public string CreatedById { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The term end the chair was reminded of: set once per end, so a renewed term gets its own reminder.</summary>
    public DateOnly? ReminderSentFor { get; set; }
    public List<WorkingGroupMember> Members { get; set; } = [];

    public CompositionRules Rules => new(MinSize, MaxSize, MinRegions, MinNcdSharePercent);

    public DateTimeOffset StartsAt => Midnight(StartsOn);

    /// <summary>The instant the term ends: midnight UTC after its last day.</summary>
    public DateTimeOffset ClosesAt => Midnight(EndsOn.AddDays(1));

    public DateTimeOffset ReminderDueAt => ClosesAt - ReminderBeforeEnd;

    public GroupTermState StateAt(DateTimeOffset now) => now < StartsAt ? GroupTermState.Upcoming : now < ClosesAt ? GroupTermState.Active : GroupTermState.Closed;

    public bool IsClosedAt(DateTimeOffset now) => now >= ClosesAt;

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}

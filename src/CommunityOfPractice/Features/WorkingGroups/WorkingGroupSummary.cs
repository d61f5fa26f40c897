namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group in the list: its term, and for whom it is shown, whether they belong or wait for an answer.</summary>
internal sealed record WorkingGroupSummary(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, GroupTermState State, Composition Composition, bool IsMember, bool HasApplied);

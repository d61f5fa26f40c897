namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>Where a group is in its term, from the clock.</summary>
public enum GroupTermState
{
    Upcoming,
    Active,
    Closed,
}

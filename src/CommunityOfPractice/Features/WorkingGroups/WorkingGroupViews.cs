using CommunityOfPractice.Features.Geography;
using CommunityOfPractice.Features.Membership;

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group in the list: its term, and for whom it is shown, whether they belong or wait for an answer.</summary>
public sealed record WorkingGroupSummary(int Id, string Name, DateOnly StartsOn, DateOnly EndsOn, GroupTermState State, Composition Composition, bool IsMember, bool HasApplied);

/// <summary>An appointed member as the group's space shows them.</summary>
public sealed record GroupMemberView(string UserId, string DisplayName, string CountryCode, WhoRegion? Region, StakeholderCategory Category, bool IsChair);

/// <summary>An application waiting for the chair.</summary>
public sealed record GroupApplicationView(int Id, string UserId, string DisplayName, WhoRegion? Region, string Motivation, DateTimeOffset CreatedAt);

/// <summary>A member who could be appointed.</summary>
public sealed record GroupCandidate(string UserId, string DisplayName, WhoRegion? Region);

/// <summary>One of the group's own debates.</summary>
public sealed record GroupDebateView(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

/// <summary>The group's space for one viewer who may see it.</summary>
public sealed record WorkingGroupSpace(WorkingGroup Group, GroupTermState State, Composition Composition, IReadOnlyList<GroupMemberView> Members,
    IReadOnlyList<GroupApplicationView> Applications, IReadOnlyList<GroupDebateView> Debates, bool CanRun, bool IsCoordinator);

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The group's space for one viewer who may see it.</summary>
internal sealed record WorkingGroupSpace(WorkingGroup Group, GroupTermState State, Composition Composition, IReadOnlyList<GroupMemberView> Members,
    IReadOnlyList<GroupApplicationView> Applications, IReadOnlyList<GroupDebateView> Debates, bool CanRun, bool IsCoordinator);

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>The group's space for one viewer who may see it.</summary>
/// <param name="UpcomingMeetings">Meetings not yet over, soonest first.</param>
/// <param name="PastMeetings">Meetings that are over, latest first: they stay readable.</param>
public sealed record WorkingGroupSpace(WorkingGroup Group, GroupTermState State, Composition Composition, IReadOnlyList<GroupMemberView> Members,
    IReadOnlyList<GroupApplicationView> Applications, IReadOnlyList<GroupDebateView> Debates, bool CanRun, bool IsCoordinator,
    IReadOnlyList<GroupMeetingView> UpcomingMeetings, IReadOnlyList<GroupMeetingView> PastMeetings);

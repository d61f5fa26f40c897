namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group's members changed, raised after commit: the open group pages read it again and redraw the rule indicator.</summary>
internal sealed record WorkingGroupEvent(int GroupId, bool FromAnotherNode = false);

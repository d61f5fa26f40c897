namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>A group event as it travels between nodes.</summary>
internal sealed record WorkingGroupSignal(int GroupId);

namespace CommunityOfPractice.Features.WorkingGroups;

/// <summary>One of the group's own debates.</summary>
internal sealed record GroupDebateView(int Id, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt);

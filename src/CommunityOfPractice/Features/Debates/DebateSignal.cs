namespace CommunityOfPractice.Features.Debates;

/// <summary>A debate event as it travels between nodes, without the post's prepared views.</summary>
internal sealed record DebateSignal(int DebateId, DebateEventKind Kind, long? PostId);

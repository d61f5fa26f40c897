namespace CommunityOfPractice.Features.Debates;

/// <summary>A thread as the room lists it: its first post's id, and what orders and filters it.</summary>
internal sealed record ThreadHead(long Id, int? QuestionId, bool IsPinned);

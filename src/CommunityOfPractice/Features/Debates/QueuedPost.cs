namespace CommunityOfPractice.Features.Debates;

/// <param name="IsEdit">A held edit of a published post (the excerpt is the new text), not a new post.</param>
internal sealed record QueuedPost(long PostId, int DebateId, string DebateTitle, string AuthorName, string Excerpt, DateTimeOffset At, FlagReason? Reason, int Flags, bool IsEdit = false);

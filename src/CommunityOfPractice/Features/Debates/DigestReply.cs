namespace CommunityOfPractice.Features.Debates;

/// <summary>Someone replied to (or quoted) the member's post.</summary>
internal sealed record DigestReply(int DebateId, string DebateTitle, string ReplierName, long PostId);

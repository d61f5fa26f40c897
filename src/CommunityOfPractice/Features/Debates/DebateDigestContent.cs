namespace CommunityOfPractice.Features.Debates;

public sealed record DebateDigestContent(IReadOnlyList<DigestReply> Replies, IReadOnlyList<DigestDebateActivity> Followed, IReadOnlyList<DigestDebateWindow> Windows);

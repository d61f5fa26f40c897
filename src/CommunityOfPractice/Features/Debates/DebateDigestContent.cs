namespace CommunityOfPractice.Features.Debates;

internal sealed record DebateDigestContent(IReadOnlyList<DigestReply> Replies, IReadOnlyList<DigestDebateActivity> Followed, IReadOnlyList<DigestDebateWindow> Windows);

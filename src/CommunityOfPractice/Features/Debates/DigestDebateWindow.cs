namespace CommunityOfPractice.Features.Debates;

/// <summary>A debate that opened, or opens or closes within <see cref="DebateDigest.Soon"/>.</summary>
internal sealed record DigestDebateWindow(int DebateId, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, DigestWindowKind Kind);
